/**
 * The official images the course uses, by pinned tag. The preparation page tells students to
 * pull exactly these before the tutorial, so the conference WiFi is spared.
 */
export interface CourseImage {
  readonly ref: string;
  readonly why: string;
}

export const courseImages: readonly CourseImage[] = [
  {ref: 'python:3.13-slim-trixie', why: 'the one Python base image every lab builds on'},
  {ref: 'debian:trixie-slim', why: 'the small image you pull and run in lab 01'},
  {ref: 'nginx:1.30-trixie', why: 'the web server in front of the data application of lab 05'},
  {ref: 'postgres:17-trixie', why: 'the database of the data application of lab 05'},
];

/** The image the setup check runs: the course's Python base, so the check also pre-pulls it. */
export const setupCheckImage = 'python:3.13-slim-trixie';

/**
 * Free disk space the course needs, in GB: what the preparation page asks for and what the setup
 * check wants. A safe figure, not a measured one (the lab checker's image sizes are those of
 * stand-in images where it runs offline): the four pulled images, six lab images that each carry
 * their own copy of the pinned packages (scikit-learn, pandas, Jupyter, matplotlib, Flask), Docker's
 * build cache, and room for containers and the Postgres volumes. Docker Desktop's containerd image
 * store keeps the layers both packed and unpacked, which the figure allows for.
 */
export const courseDisk = {
  /** Before the course images are pulled and the lab images built. */
  freshGb: 10,
  /** Once every course image is pulled and every lab image is built: containers, volumes and rebuilds. */
  preparedGb: 3,
} as const;
