declare module '@generated/course-proof/proof.json' {
  import type {CourseProof} from '@site/scripts/lab-checker/proof';

  const proof: CourseProof;
  export default proof;
}
