import type { Expression } from '../engine/schema/tags.ts';

/** How a face is drawn: brows, eyes, mouth and colour, each in a small unitless range. */
export interface FaceShape {
  /** brow slope: positive pulls the inner ends down (anger), negative lifts them (worry) */
  browTilt: number;
  /** brows raised (+) or lowered (−) */
  browLift: number;
  /** eye opening, 1 is relaxed */
  eyeOpen: number;
  /** mouth curve: +1 a broad smile, −1 a deep frown */
  mouthCurve: number;
  /** mouth opening at rest, 0 … 1 */
  mouthOpen: number;
  /** red in the cheeks, 0 … 1 */
  flush: number;
  /** a bead of sweat at the temple */
  sweat: boolean;
}

/** The seven caller expressions of the ink conventions. */
export const FACES: Record<Expression, FaceShape> = {
  calm: { browTilt: 0, browLift: 0, eyeOpen: 1, mouthCurve: 0.15, mouthOpen: 0, flush: 0, sweat: false },
  worried: { browTilt: -0.45, browLift: 0.2, eyeOpen: 1.1, mouthCurve: -0.3, mouthOpen: 0.08, flush: 0, sweat: true },
  annoyed: { browTilt: 0.25, browLift: -0.1, eyeOpen: 0.6, mouthCurve: -0.25, mouthOpen: 0, flush: 0.15, sweat: false },
  angry: { browTilt: 0.5, browLift: -0.2, eyeOpen: 0.85, mouthCurve: -0.6, mouthOpen: 0.15, flush: 0.5, sweat: false },
  furious: { browTilt: 0.75, browLift: -0.25, eyeOpen: 1.15, mouthCurve: -0.85, mouthOpen: 0.45, flush: 1, sweat: true },
  relieved: { browTilt: -0.2, browLift: 0.1, eyeOpen: 0.55, mouthCurve: 0.45, mouthOpen: 0, flush: 0, sweat: false },
  pleased: { browTilt: 0, browLift: 0.15, eyeOpen: 0.9, mouthCurve: 0.9, mouthOpen: 0.12, flush: 0.25, sweat: false },
};
