import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { RecordNotFoundError, ReviewIncompleteError, ReviewIsFinalError, ValidationError } from '../../src/db/errors';
import { classifyStorageError, estimateStorage, requestPersistentStorage } from '../../src/db/storage';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it('recognises a full disk directly and wrapped by Dexie', () => {
    expect(classifyStorageError(quota())).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('x'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('x', quota()))).toBe('quota');
    const doublyWrapped = new Dexie.OpenFailedError('x', new Dexie.AbortError('y', quota()));
    expect(classifyStorageError(doublyWrapped)).toBe('quota');
    expect(classifyStorageError(new Dexie.BulkError('x', { 3: quota() }))).toBe('quota');
  });

  it('recognises Dexie connection errors', () => {
    // Dexie 4 reports a blocked open through db.on('blocked'), not a thrown class; the app
    // raises an error of this name when it gives up waiting.
    expect(classifyStorageError(Object.assign(new Error('x'), { name: 'BlockedError' }))).toBe('blocked');
    expect(classifyStorageError(new Dexie.VersionChangeError('x'))).toBe('version-change');
    expect(classifyStorageError(new Dexie.DatabaseClosedError('x'))).toBe('database-closed');
  });

  it('recognises our own errors', () => {
    expect(classifyStorageError(new ValidationError('services', []))).toBe('validation');
    expect(classifyStorageError(new ReviewIsFinalError('r'))).toBe('review-final');
    expect(classifyStorageError(new ReviewIncompleteError('r', ['staffing-1']))).toBe('review-incomplete');
    expect(classifyStorageError(new RecordNotFoundError('reviews', 'r'))).toBe('not-found');
  });

  it('calls everything else unknown', () => {
    expect(classifyStorageError(new Dexie.AbortError('x'))).toBe('unknown');
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
    expect(classifyStorageError('string')).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
    expect(classifyStorageError({ name: 42 })).toBe('unknown');
  });
});

describe('persistent storage', () => {
  it('is unsupported without navigator.storage.persist', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
    expect(await estimateStorage()).toBeNull();
    vi.unstubAllGlobals();
  });

  it('does not ask again when already persisted, and reports a refusal', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe('denied');
    vi.unstubAllGlobals();
  });

  it('estimates usage and quota', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 10, quota: 100 }) } });
    expect(await estimateStorage()).toEqual({ usage: 10, quota: 100 });
    vi.unstubAllGlobals();
  });
});
