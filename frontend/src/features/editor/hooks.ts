import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api';
import { editorApi } from './api/editor';

export function useDraft(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['draft', slug],
    queryFn: ({ signal }) => editorApi.draft(slug, { signal }),
    enabled,
    // Every visit of the editor starts from the server's current version (someone may have saved or
    // approved in between); once open, the editor keeps its own copy.
    staleTime: 0,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
}

/**
 * Files that are not public yet (a logo in a draft) need the bearer token, which an <img src> cannot
 * send: they are fetched and shown through an object URL, released again when no longer needed.
 */
export function useAuthorizedObjectUrl(path: string | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!path) {
      setUrl(null);
      return;
    }
    let active = true;
    let objectUrl: string | undefined;
    api
      .file(path)
      .then((blob) => {
        if (!active) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => {
        if (active) setUrl(null);
      });
    return () => {
      active = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path]);
  return url;
}
