// The ids live with the step content that names them (lib/steps); one name per idea.
export { ILLUSTRATION_IDS, type IllustrationId } from "@/lib/steps/types";
