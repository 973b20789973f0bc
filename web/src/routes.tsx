/**
 * Client-side routes. Each area adds its page(s) here (one line each; see docs/platform.md).
 */
import type { ReactElement } from 'react';
import { CodingPage } from './pages/coding/coding-page.js';
import { DashboardPage } from './pages/dashboard/dashboard-page.js';
import { DesignPage } from './pages/design/design-page.js';
import { LibraryPage } from './pages/library/library-page.js';
import { QuestionPage } from './pages/library/question-page.js';
import { ValuesPage } from './pages/library/values-page.js';
import { LoopsPage } from './pages/library/loops-page.js';
import { LoopDetailPage } from './pages/library/loop-detail-page.js';
import { GuidancePage } from './pages/library/guidance-page.js';
import { LoopPage } from './pages/loop/loop-page.js';
import { LoopRunPage } from './pages/loop/loop-run-page.js';
import { PracticePage } from './pages/practice/practice-page.js';
import { ProgressPage } from './pages/progress/progress-page.js';
import { SettingsPage } from './pages/settings/settings-page.js';
import { SpeakPage } from './pages/speak/speak-page.js';
import { StoriesPage } from './pages/stories/stories-page.js';

export interface AppRoute {
  readonly path: string;
  readonly element: ReactElement;
}

export const routes: readonly AppRoute[] = [
  { path: '/', element: <DashboardPage /> },
  { path: '/practice', element: <PracticePage /> },
  { path: '/loop', element: <LoopPage /> },
  { path: '/loop/:id', element: <LoopRunPage /> },
  { path: '/coding', element: <CodingPage /> },
  { path: '/coding/:id', element: <CodingPage /> },
  { path: '/design', element: <DesignPage /> },
  { path: '/stories', element: <StoriesPage /> },
  { path: '/progress', element: <ProgressPage /> },
  { path: '/library', element: <LibraryPage /> },
  { path: '/library/values', element: <ValuesPage /> },
  { path: '/library/loops', element: <LoopsPage /> },
  { path: '/library/loops/:id', element: <LoopDetailPage /> },
  { path: '/library/guidance', element: <GuidancePage /> },
  { path: '/library/:id', element: <QuestionPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '/speak', element: <SpeakPage /> },
];
