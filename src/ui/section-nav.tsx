import { Link } from 'wouter';

export interface SectionLink<Key extends string> {
  key: Key;
  href: string;
  label: string;
}

/**
 * The way back to the service and between the pages of one of its sections (caseload, contact
 * log): a back link and a row of tabs, the current page marked for screen readers too.
 */
export function SectionNav<Key extends string>({
  label,
  back,
  links,
  current,
}: {
  label: string;
  back: { href: string; text: string };
  links: readonly SectionLink<Key>[];
  current: Key | null;
}) {
  return (
    <nav aria-label={label} className="section-nav">
      <Link href={back.href}>← {back.text}</Link>
      <ul className="section-tabs">
        {links.map(({ key, href, label: text }) => (
          <li key={key}>
            <Link href={href} className="section-tab" aria-current={current === key ? 'page' : undefined}>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
