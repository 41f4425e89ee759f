import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from '../../src/ui/use-after-first-paint';

function Probe({ label }: { label: string }) {
  return <p>{`${label}: ${useAfterFirstPaint() ? 'after paint' : 'before paint'}`}</p>;
}

describe('useAfterFirstPaint', () => {
  it('holds back until the first screen has painted, then lets later screens through at once', async () => {
    render(<Probe label="first" />);
    expect(screen.getByText('first: before paint')).toBeInTheDocument();
    expect(await screen.findByText('first: after paint')).toBeInTheDocument();

    render(<Probe label="later" />);
    expect(screen.getByText('later: after paint')).toBeInTheDocument();
  });
});
