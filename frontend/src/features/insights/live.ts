import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useChatClient, useConnectionState } from '../../shared/realtime/hooks';
import type { Dashboard } from './api';

/** The cache key of the dashboard of the current edition. */
export const DASHBOARD_KEY = ['insights', 'dashboard'] as const;

/**
 * Follows the organiser dashboard over the chat's WebSocket (docs/insights.md): `watch` with `dashboard` after
 * every (re)connect; each `dashboard` frame carries the figures, which replace the cached ones. Returns whether the
 * live connection is up and when the figures last arrived.
 */
export function useDashboardSocket(enabled: boolean): { online: boolean; updatedAt: string | null } {
  const client = useChatClient();
  const state = useConnectionState(client);
  const queryClient = useQueryClient();
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    if (!client || !enabled || state !== 'online') return;
    client.sendFrame({ type: 'watch', ref: 'dashboard', dashboard: true });
    const off = client.on('dashboard', (frame) => {
      const figures = frame.figures as Dashboard | null | undefined;
      if (!figures) return;
      queryClient.setQueryData<Dashboard>(DASHBOARD_KEY, figures);
      setUpdatedAt(new Date().toISOString());
    });
    return () => {
      off();
      client.sendFrame({ type: 'unwatch', dashboard: true });
    };
  }, [client, enabled, state, queryClient]);

  return { online: state === 'online', updatedAt };
}
