import { describe, expect, it } from 'vitest';
import { encodeWorkspace, linkProblemText } from '../core/link';
import { createPlaygroundStore } from '../store/createPlaygroundStore';
import type { WorkerCommand } from '../worker/training/protocol';
import { linkText, startUrlSync } from './urlSync';

/** A window with just what the sync uses: a location, replaceState, and hashchange listeners. */
function fakeWindow(url: string) {
  const current = new URL(url);
  const listeners: Array<() => void> = [];
  let replaceCount = 0;
  const location = {
    get pathname() {
      return current.pathname;
    },
    get search() {
      return current.search;
    },
    get hash() {
      return current.hash;
    },
  };
  const history = {
    replaceState: (_data: unknown, _unused: string, target: string) => {
      replaceCount += 1;
      const next = new URL(target, current);
      current.search = next.search;
      current.hash = next.hash;
    },
  };
  const window = {
    location,
    history,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'hashchange') listeners.push(listener);
    },
  } as unknown as Window;
  return {
    window,
    href: () => current.href,
    replaceCount: () => replaceCount,
    /** What a person does by editing the fragment in the address bar: no reload, a hashchange. */
    editHash: (hash: string) => {
      current.hash = hash;
      for (const listener of listeners) listener();
    },
  };
}

function storeWithSink() {
  const sent: WorkerCommand[] = [];
  const store = createPlaygroundStore(() => ({ send: (command) => sent.push(command) }));
  return { store, sent };
}

describe('the link in the address bar', () => {
  it('reads a version-1 query link and rewrites it as a fragment, keeping the experiment', () => {
    const { store } = storeWithSink();
    const page = fakeWindow('https://example.org/app/?v=1&data=circle&opt=sgd&lr=0.1');
    startUrlSync(store, page.window);
    expect(store.getState().experiment.dataset.id).toBe('circle');
    expect(store.getState().experiment.optimizer.params.learningRate).toBe(0.1);
    expect(page.href()).toBe(`https://example.org/app/#${encodeWorkspace(store.getState())}`);
    expect(store.getState().linkProblems).toEqual([]);
  });

  it('keeps a language the link names, English too, so that a reload opens in it; a link without one writes none', () => {
    const { store } = storeWithSink();
    const named = fakeWindow('https://example.org/#opt=sgd&lang=en');
    startUrlSync(store, named.window);
    expect(named.href()).toMatch(/&lang=en$/);
    const plain = fakeWindow('https://example.org/#opt=sgd');
    startUrlSync(storeWithSink().store, plain.window);
    expect(plain.href()).not.toContain('lang=');
  });

  it('writes every edit with replaceState, comparisons included', () => {
    const { store } = storeWithSink();
    const page = fakeWindow('https://example.org/');
    startUrlSync(store, page.window);
    store.getState().applyComparisonPreset('sgd-vs-adam');
    store.getState().setSeedCount(3);
    expect(page.href()).toContain('&b.opt=adam');
    expect(page.href()).toContain('seeds=3');
    expect(page.href()).not.toContain('?');
  });

  it('applies a fragment edited by hand at once, listing its problems, and ignores its own writes', () => {
    const { store, sent } = storeWithSink();
    const page = fakeWindow('https://example.org/');
    startUrlSync(store, page.window);
    store.getState().reset();
    sent.length = 0;
    page.editHash(`#${encodeWorkspace(store.getState()).replace('lr=0.01', 'lr=abc')}&b.opt=sgd`);
    const state = store.getState();
    expect(state.variants.map((variant) => variant.optimizer.id)).toEqual(['adam', 'sgd']);
    expect(state.linkProblems.map(linkProblemText)).toEqual(["lr 'abc' is not a number; kept 0.01"]);
    // The runs restarted on the edited link, and the address holds its canonical form.
    expect(sent.filter((command) => command.type === 'load')).toHaveLength(2);
    expect(page.href()).toContain('lr=0.01&');
    const writes = page.replaceCount();
    page.editHash(page.href().slice(page.href().indexOf('#')));
    expect(page.replaceCount()).toBe(writes);
  });

  it('prefers the fragment to the query, and reads either without its mark', () => {
    expect(linkText({ hash: '#data=xor', search: '?data=circle' })).toBe('data=xor');
    expect(linkText({ hash: '', search: '?data=circle' })).toBe('data=circle');
    expect(linkText({ hash: '', search: '' })).toBe('');
  });
});
