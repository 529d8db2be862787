import { useCallback, useEffect, useState } from 'react';
import { focusField } from './fields';

/**
 * Moves the focus to a field that is about to appear or move (a row added, removed or reordered): the returned
 * function names its path, and once the form has rendered again the field gets the focus. `form` is what the
 * change updates.
 */
export function useFocusLater(form: unknown): (path: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    // KoliBri components render asynchronously; give a new row a frame to appear.
    const timer = window.setTimeout(() => {
      focusField(target);
      setTarget(null);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [target, form]);
  return useCallback((path: string) => setTarget(path), []);
}
