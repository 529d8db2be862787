// Typed calls of talk feedback: the caller's rating, the results for the speakers' side and admins.
import { http as client, type Opts } from '../../../shared/api';

export interface TalkRating {
  id: number;
  stars: number;
  comment: string | null;
  commentHidden: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MyTalkFeedback {
  talkId: number;
  ended: boolean;
  mayRate: boolean;
  mayViewResults: boolean;
  rating: TalkRating | null;
}

export interface FeedbackComment {
  id: number;
  stars: number;
  comment: string;
  createdAt: string;
  hidden: boolean;
  author: string | null;
}

export interface FeedbackResults {
  talkId: number;
  title: string;
  count: number;
  average: number | null;
  distribution: { stars: number; count: number }[];
  comments: FeedbackComment[];
}

const path = (talkId: number) => `/api/talks/${talkId}/feedback`;

export const feedbackApi = {
  mine: (talkId: number, o?: Opts) => client.get<MyTalkFeedback>(`${path(talkId)}/mine`, o),
  rate: (talkId: number, stars: number, comment: string) =>
    client.send<TalkRating>('POST', path(talkId), { body: { stars, comment: comment.trim() || null } }),
  update: (talkId: number, stars: number, comment: string) =>
    client.send<TalkRating>('PUT', `${path(talkId)}/mine`, { body: { stars, comment: comment.trim() || null } }),
  results: (talkId: number, o?: Opts) => client.get<FeedbackResults>(path(talkId), o),
  setHidden: (talkId: number, feedbackId: number, hidden: boolean) =>
    client.send<FeedbackComment>('PUT', `${path(talkId)}/${feedbackId}/hidden`, { body: { hidden } }),
};
