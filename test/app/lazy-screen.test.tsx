import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '../../src/app/lazy-screen';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function inSuspense(node: React.ReactNode) {
  return <Suspense fallback={<p>Loading</p>}>{node}</Suspense>;
}

describe('lazyScreen', () => {
  it('shows a screen preloaded during start-up in the first render, without its fallback', async () => {
    const Screen = lazyScreen(() => Promise.resolve(Greeting));
    await Screen.preload();

    render(inSuspense(<Screen name="Aino" />));

    expect(screen.getByText('Hello Aino')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('loads a screen that was not preloaded when it is first shown', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Screen = lazyScreen(load);

    render(inSuspense(<Screen name="Eino" />));

    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Eino')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('downloads the screen once, however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Screen = lazyScreen(load);

    await Promise.all([Screen.preload(), Screen.preload()]);
    render(inSuspense(<Screen name="Aino" />));

    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the download again after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(Greeting);
    const Screen = lazyScreen(load);

    await expect(Screen.preload()).rejects.toThrow('Failed to fetch');
    render(inSuspense(<Screen name="Aino" />));

    expect(await screen.findByText('Hello Aino')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
