import { fireEvent, render, screen } from '@testing-library/react';
import { renderScreen } from '../render';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LONG_TEXT_MAX } from '../../src/domain/records/limits';
import { FormActions } from '../../src/ui/form-actions';
import { TextAreaField } from '../../src/ui/text-area-field';

function Notes({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return <TextAreaField label="Muistiinpanot" hint="Ei henkilötunnuksia." value={value} onChange={setValue} error={error} />;
}

describe('TextAreaField', () => {
  it('is found by its label, tells its hint and its problem to a screen reader, and keeps what is typed', () => {
    render(<Notes error="Teksti on liian pitkä." />);
    const box = screen.getByRole('textbox', { name: 'Muistiinpanot' });
    expect(box).toHaveAccessibleDescription('Ei henkilötunnuksia. Teksti on liian pitkä.');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(box, { target: { value: 'Haluaa työn varastosta' } });
    expect(box).toHaveValue('Haluaa työn varastosta');
  });

  it("stops at the records' length limit and never asks the browser's spelling service", () => {
    render(<Notes />);
    const box = screen.getByRole('textbox', { name: 'Muistiinpanot' });
    expect(box).toHaveAttribute('maxlength', String(LONG_TEXT_MAX));
    expect(box).toHaveAttribute('spellcheck', 'false');
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAccessibleDescription('Ei henkilötunnuksia.');
  });
});

describe('FormActions', () => {
  it('offers cancel only when the form can be left, and cancels without submitting', async () => {
    const submit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const cancel = vi.fn();
    const first = await renderScreen(
      <form onSubmit={submit}>
        <FormActions submitLabel="Tallenna" />
      </form>,
    );
    expect(screen.getAllByRole('button')).toHaveLength(1);
    first.unmount();
    await renderScreen(
      <form onSubmit={submit}>
        <FormActions submitLabel="Tallenna" onCancel={cancel} />
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Peruuta' }));
    expect(cancel).toHaveBeenCalledOnce();
    expect(submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(submit).toHaveBeenCalledOnce();
  });

  it('cannot be submitted twice while a save is under way', async () => {
    await renderScreen(
      <form>
        <FormActions submitLabel="Tallenna" isSubmitting />
      </form>,
    );
    expect(screen.getByRole('button', { name: 'Tallenna' })).toBeDisabled();
  });
});
