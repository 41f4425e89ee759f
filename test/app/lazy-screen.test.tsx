import { act, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
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

  it('loads a screen that was not preloaded when it is first shown, saying so meanwhile', async () => {
    let release = () => {};
    const code = new Promise<void>((resolve) => (release = resolve));
    const load = vi.fn(() => code.then(() => Greeting));
    const Screen = lazyScreen(load);

    render(inSuspense(<Screen name="Eino" />));

    expect(await screen.findByRole('status')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Hello Eino')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  // Issue 15: a screen that suspended showed up 300 ms after its code at the earliest (React holds
  // back a boundary's content for that long after its fallback), so every first visit took ~320 ms.
  it('shows the screen as soon as its code is here, with no fallback and no reveal delay', async () => {
    let release = () => {};
    const code = new Promise<void>((resolve) => (release = resolve));
    const Screen = lazyScreen(() => code.then(() => Greeting));

    render(inSuspense(<Screen name="Aino" />));
    await screen.findByRole('status');
    await act(async () => release());

    expect(screen.getByText('Hello Aino')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('hands a failed download to the route’s error boundary', async () => {
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override render() {
        return this.state.failed ? <p>Could not load</p> : this.props.children;
      }
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Screen = lazyScreen<{ name: string }>(() => Promise.reject(new TypeError('Failed to fetch')));

    render(<Boundary>{inSuspense(<Screen name="Aino" />)}</Boundary>);

    expect(await screen.findByText('Could not load')).toBeInTheDocument();
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
