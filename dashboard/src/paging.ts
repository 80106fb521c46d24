// A list read a page at a time (the exchanges or the requests behind a figure): the
// first page when what it lists changes, the next ones on demand; a newer list replaces
// an older one still loading.
import { useEffect, useState } from 'react';

export interface Page<T> {
  items: T[];
  /** The cursor of the next page, or null on the last. */
  next: string | null;
  /** How many the whole list holds, when the API says. */
  total?: number;
}

export function usePaged<T>(load: (after: string | null, signal?: AbortSignal) => Promise<Page<T>>, onError: (error: unknown) => void) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState<number>();
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setItems([]);
    load(null, abort.signal)
      .then((page) => {
        setItems(page.items);
        setNext(page.next);
        setTotal(page.total);
      })
      .catch((error) => abort.signal.aborted || onError(error))
      .finally(() => abort.signal.aborted || setLoading(false));
    return () => abort.abort();
  }, [load, onError]);

  const more = async () => {
    setLoading(true);
    try {
      const page = await load(next);
      setItems((shown) => [...shown, ...page.items]);
      setNext(page.next);
    } catch (error) {
      onError(error);
    } finally {
      setLoading(false);
    }
  };

  return { items, next, total, loading, more };
}
