/** Routes with parameters, used inside the subpackages only (the main package needs just TRAINING_PAGES). */
export const trainingRoutes = {
  course: (courseId: string) => `/packages/training/course/index?id=${encodeURIComponent(courseId)}`,
  certificate: (courseId: string) => `/packages/training/certificate/index?id=${encodeURIComponent(courseId)}`,
  staffCourses: '/packages/staff/training-courses/index',
  /** A new course with no id. */
  staffEdit: (courseId: string | null) => (courseId === null ? '/packages/staff/training-edit/index' : `/packages/staff/training-edit/index?id=${encodeURIComponent(courseId)}`),
  staffRoster: (courseId: string) => `/packages/staff/training-roster/index?id=${encodeURIComponent(courseId)}`,
} as const
