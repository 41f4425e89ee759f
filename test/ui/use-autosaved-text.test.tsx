import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, useAutosavedText } from '../../src/ui/use-autosaved-text';

describe('useAutosavedText', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('issue 14 #4: saves at least once a second while typing goes on without a pause', async () => {
    const saved: string[] = [];
    const save = vi.fn(async (value: string) => {
      saved.push(value);
      return true;
    });
    const { result } = renderHook(() => useAutosavedText('', save));
    const text = 'Kolme työnantajakäyntiä viikossa';
    // One key every 150 ms never leaves the 400 ms pause the old debounce waited for.
    for (let i = 1; i <= 14; i++) {
      act(() => result.current.onChange(text.slice(0, i)));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(150);
      });
    }
    expect(AUTOSAVE_MAX_WAIT_MS).toBeLessThanOrEqual(1_000);
    // 14 keys over 2.1 s: at least two saves, the last one holding all but the last second's keys.
    expect(saved.length).toBeGreaterThanOrEqual(2);
    expect(saved.at(-1)!.length).toBeGreaterThanOrEqual(14 - Math.ceil(1_000 / 150));
  });

  it('issue 14 #5: a change from another tab under unsaved edits is a conflict, never overwritten either way', async () => {
    let inDatabase = 'alku';
    // As the repositories do it, in the write's transaction: refused when the stored text moved on.
    const save = vi.fn(async (value: string, base: string) => {
      if (inDatabase !== base && inDatabase !== value) return { conflict: inDatabase };
      inDatabase = value;
      return true;
    });
    const { result, rerender } = renderHook(({ stored }) => useAutosavedText(stored, save), {
      initialProps: { stored: 'alku' },
    });
    act(() => result.current.onChange('alku ja minun lisäys'));
    // The other tab saves before this one's pause is over, and before this tab's live query hears of it.
    inDatabase = 'toisen välilehden teksti';
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    // One attempt, made from the text the edit started from, refused: nothing written.
    expect(save.mock.calls).toEqual([['alku ja minun lisäys', 'alku']]);
    expect(inDatabase).toBe('toisen välilehden teksti');
    expect(result.current.conflict).toBe('toisen välilehden teksti');
    expect(result.current.value).toBe('alku ja minun lisäys');

    // The live query then brings the other text: the field still keeps what was typed here, and
    // neither a blur nor more typing saves it until the user chooses.
    rerender({ stored: 'toisen välilehden teksti' });
    act(() => result.current.onChange('alku ja minun lisäys!'));
    await act(async () => {
      await result.current.flush();
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(result.current.value).toBe('alku ja minun lisäys!');
    expect(inDatabase).toBe('toisen välilehden teksti');

    await act(async () => {
      await result.current.keepMine();
    });
    expect(inDatabase).toBe('alku ja minun lisäys!');
    expect(result.current.conflict).toBeNull();
  });

  it('issue 14 #5: a save refused for a full disk keeps the text to save on the next blur', async () => {
    let fails = true;
    const saved: string[] = [];
    const save = vi.fn(async (value: string) => {
      if (fails) return false;
      saved.push(value);
      return true;
    });
    const { result } = renderHook(() => useAutosavedText('', save));
    act(() => result.current.onChange('muistiinpano'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(saved).toEqual([]);
    expect(result.current.conflict).toBeNull();
    fails = false;
    await act(async () => {
      await result.current.flush();
    });
    expect(saved).toEqual(['muistiinpano']);
  });

  it('issue 14 #5: "take theirs" drops the edits here and shows the other text', async () => {
    const save = vi.fn(async () => true);
    const { result, rerender } = renderHook(({ stored }) => useAutosavedText(stored, save), { initialProps: { stored: 'alku' } });
    act(() => result.current.onChange('minun'));
    rerender({ stored: 'heidän' });
    expect(result.current.conflict).toBe('heidän');
    act(() => result.current.takeTheirs());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(result.current.value).toBe('heidän');
    expect(save).not.toHaveBeenCalled();
  });

  it('takes a change from another tab at once when nothing is unsaved here', () => {
    const { result, rerender } = renderHook(({ stored }) => useAutosavedText(stored, async () => true), {
      initialProps: { stored: 'alku' },
    });
    rerender({ stored: 'uusi' });
    expect(result.current.value).toBe('uusi');
    expect(result.current.conflict).toBeNull();
  });
});
