/** The training pages (workers in `packages/training`, staff in `packages/staff`); kept tiny, the main package links to them. */
export const TRAINING_PAGES = {
  courses: '/packages/training/courses/index',
  mine: '/packages/training/mine/index',
} as const
