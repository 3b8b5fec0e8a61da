declare module '@generated/course-proof/proof.json' {
  import type {CourseProof} from '@site/lib/labs/proof';

  const proof: CourseProof;
  export default proof;
}
