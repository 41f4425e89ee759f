import { create } from 'zustand';
import type { ClientFilter, ClientSort } from '../../domain/caseload/client-list';

/**
 * The client list's filters, sort and page, kept while the user opens a client and comes back.
 * UI state only: nothing here is stored on the device.
 */
interface ClientListState {
  serviceId: string | null;
  filter: ClientFilter;
  sort: ClientSort;
  page: number;
  forService: (serviceId: string) => void;
  setFilter: (patch: Partial<ClientFilter>) => void;
  setSort: (sort: ClientSort) => void;
  setPage: (page: number) => void;
}

const INITIAL_FILTER: ClientFilter = { specialistId: 'all', phase: 'all', status: 'active', code: '' };

export const useClientListStore = create<ClientListState>()((set, get) => ({
  serviceId: null,
  filter: INITIAL_FILTER,
  sort: 'code',
  page: 1,
  forService: (serviceId) => {
    if (get().serviceId !== serviceId) set({ serviceId, filter: INITIAL_FILTER, sort: 'code', page: 1 });
  },
  // A new filter or sort starts from the first page.
  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch }, page: 1 })),
  setSort: (sort) => set({ sort, page: 1 }),
  setPage: (page) => set({ page }),
}));
