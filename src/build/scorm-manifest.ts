/** The imsmanifest.xml of Frontline's SCORM 2004 4th edition package: one organization, one SCO that is the whole app. */

/** The SCO's launch page, relative to the package root. */
export const SCORM_LAUNCH = 'index.html';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The manifest listing `files` (the package's paths, forward slashes) as the SCO's resource. */
export function scormManifest(files: readonly string[]): string {
  const listed = files.filter((file) => file !== 'imsmanifest.xml').map((file) => `      <file href="${escapeXml(file)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- SCORM 2004 4th Edition package: the certification run is one SCO that reports completion, success, score and session time, and resumes from cmi.suspend_data. -->
<manifest identifier="urn-x-frontline-scorm-foundations" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="frontline-foundations">
    <organization identifier="frontline-foundations">
      <title>Frontline Foundations</title>
      <item identifier="foundations-certification" identifierref="frontline-app">
        <title>Frontline Foundations certification run</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="frontline-app" type="webcontent" adlcp:scormType="sco" href="${SCORM_LAUNCH}">
${listed.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
