import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api';

export function useMyBooths(enabled: boolean) {
  return useQuery({ queryKey: ['my-booths'], queryFn: ({ signal }) => api.myBooths({ signal }), enabled });
}

export function useMyExhibitors(enabled: boolean) {
  return useQuery({ queryKey: ['my-exhibitors'], queryFn: ({ signal }) => api.myExhibitors({ signal }), enabled });
}

export function useDraft(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['draft', slug],
    queryFn: ({ signal }) => api.draft(slug, { signal }),
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

/** Saves a Blob (a CSV export, a private material) as a file through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
