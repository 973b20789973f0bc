/** The app's areas, in navigation order. Each area's page lives in pages/<area>/. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly hint: string;
}

export const NAV: readonly NavItem[] = [
  { path: '/', label: 'Dashboard', hint: 'Countdown, readiness and what to practise next' },
  { path: '/practice', label: 'Practice', hint: 'Answer a question and get instant feedback' },
  { path: '/speak', label: 'Speak', hint: 'Record a spoken answer, see the transcript, pace and pauses' },
  { path: '/loop', label: 'Mock loop', hint: 'Run a whole interview loop with a debrief' },
  { path: '/coding', label: 'Coding', hint: 'Practical problems with a real judge' },
  { path: '/design', label: 'System design', hint: 'Design at Netflix scale, checked against a rubric' },
  { path: '/stories', label: 'Stories', hint: 'Your STAR stories and the values they show' },
  { path: '/progress', label: 'Progress', hint: 'Scores over time and readiness' },
  { path: '/library', label: 'Library', hint: 'Every question, value and loop in the pack' },
  { path: '/settings', label: 'Settings', hint: 'Your data, exports and preferences' },
];
