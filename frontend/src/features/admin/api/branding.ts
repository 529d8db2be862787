// The stages' pictures for the branding page (the stage feature owns the stages; admins set their pictures here).
import { http, type Opts } from '../../../shared/api';
import type { ShownImage } from '../../../shared/fair/branding';

export interface StagePicture {
  key: string;
  name: string;
  picture: ShownImage | null;
}

export const stagePictureApi = {
  stages: (o?: Opts) => http.get<StagePicture[]>('/api/stages', o),
  setPicture: (key: string, imageId: number | null, alt: string | null) =>
    http.send<StagePicture>('PUT', `/api/stages/${encodeURIComponent(key)}/picture`, { body: { imageId, alt } }),
};
