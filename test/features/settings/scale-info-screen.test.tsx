import { cleanup, screen, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/app-db';
import { ScaleInfoScreen } from '../../../src/features/settings/scale-info-screen';
import { SCALE_SOURCES } from '../../../src/domain/fidelity/verification';
import { renderScreen } from '../../render';

beforeEach(async () => {
  await db.open();
  await db.seeding;
});

afterEach(async () => {
  cleanup();
  await Dexie.delete(db.name);
});

async function renderAbout(locale: 'fi' | 'en') {
  await renderScreen(<ScaleInfoScreen />, { path: '/settings/scale', locale });
}

describe('About this scale', () => {
  it("shows the stored version, every source, each item's check and the TE24 glossary in Finnish", async () => {
    await renderAbout('fi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tietoa asteikosta' })).toBeInTheDocument();
    expect(screen.getByTestId('scale-version')).toHaveTextContent('versio 2: 25 kohtaa');
    expect(within(screen.getByTestId('scale-sources')).getAllByRole('link')).toHaveLength(Object.keys(SCALE_SOURCES).length);
    const rows = within(screen.getByTestId('scale-checks')).getAllByRole('row');
    expect(rows).toHaveLength(26);
    expect(screen.getByTestId('scale-check-staffing-1')).toHaveTextContent(
      'Kaikki pisteytyskuvaukset verrattu vuoden 2008 asteikon julkaistuun kappaleeseen',
    );
    expect(screen.getByTestId('scale-check-staffing-1')).toHaveTextContent('6.12.2026');
    expect(screen.getByTestId('scale-check-organization-6')).toHaveTextContent('Ei poissulkukriteerejä');
    expect(screen.getByTestId('scale-check-organization-6')).toHaveTextContent('ei vielä sanasta sanaan');
    const glossary = screen.getByTestId('scale-glossary');
    expect(glossary).toHaveTextContent('Työllisyysalue');
    expect(glossary).toHaveTextContent('1.1.2025');
    expect(glossary).toHaveTextContent('Kelan ammatillinen kuntoutus');
    expect(glossary).toHaveTextContent('TE-toimistot');
  });

  it("speaks English with the 2008 scale's item names", async () => {
    await renderAbout('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'About this scale' })).toBeInTheDocument();
    expect(screen.getByTestId('scale-check-organization-6')).toHaveTextContent('Zero exclusion criteria');
    expect(screen.getByTestId('scale-check-staffing-1')).toHaveTextContent('6 Dec 2026');
    expect(screen.getByTestId('scale-glossary')).toHaveTextContent('Employment area (työllisyysalue)');
    expect(screen.queryByText(/not yet been checked/)).toBeNull();
  });
});
