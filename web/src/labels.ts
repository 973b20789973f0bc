/** Human labels for ids used across the app. */
const ROUND_LABELS: Record<string, string> = {
  'recruiter-screen': 'Recruiter screen',
  'hiring-manager': 'Hiring manager',
  'technical-screen': 'Technical screen',
  coding: 'Coding',
  'system-design': 'System design',
  behavioral: 'Behavioral / culture',
  director: 'Director / leadership',
  domain: 'Domain (DS / ML / PM)',
  'problem-solving': 'Problem solving',
};
const CATEGORY_LABELS: Record<string, string> = {
  behavioral: 'Behavioral',
  'hiring-manager': 'Hiring manager',
  leadership: 'Leadership / director',
  manager: 'Engineering manager',
  'system-design': 'System design',
  coding: 'Coding',
  'data-science': 'Data science',
  'machine-learning': 'Machine learning',
  product: 'Product management',
};
const ROLE_LABELS: Record<string, string> = {
  swe: 'Software engineer',
  em: 'Engineering manager',
  ds: 'Data scientist',
  mle: 'ML engineer',
  pm: 'Product manager',
};

const fallback = (id: string): string => id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
export const roundLabel = (id: string): string => ROUND_LABELS[id] ?? fallback(id);
export const categoryLabel = (id: string): string => CATEGORY_LABELS[id] ?? fallback(id);
export const roleLabel = (id: string): string => ROLE_LABELS[id] ?? id;
export const levelLabel = (id: string): string => (id === 'manager' ? 'Manager' : id === 'director' ? 'Director' : id);
