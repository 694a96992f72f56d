// Property names per schema.org type, from schema.org's definitions (release 20.0,
// data/releases/20.0/schemaorg-current-https-types.csv, "properties" column, which includes
// inherited properties). Written out here so a misspelt property in a mapper fails the test.

const THING = [
  "additionalType",
  "alternateName",
  "description",
  "disambiguatingDescription",
  "identifier",
  "image",
  "mainEntityOfPage",
  "name",
  "potentialAction",
  "sameAs",
  "subjectOf",
  "url",
];

const CREATIVE_WORK = [
  ...THING,
  ..."about abstract accessMode accessModeSufficient accessibilityAPI accessibilityControl accessibilityFeature accessibilityHazard accessibilitySummary accountablePerson acquireLicensePage aggregateRating alternativeHeadline archivedAt assesses associatedMedia audience audio author award awards character citation comment commentCount conditionsOfAccess contentLocation contentRating contentReferenceTime contributor copyrightHolder copyrightNotice copyrightYear correction countryOfOrigin creativeWorkStatus creator creditText dateCreated dateModified datePublished discussionUrl editEIDR editor educationalAlignment educationalLevel educationalUse encoding encodingFormat encodings exampleOfWork expires fileFormat funder funding genre hasPart headline inLanguage interactionStatistic interactivityType interpretedAsClaim isAccessibleForFree isBasedOn isBasedOnUrl isFamilyFriendly isPartOf keywords learningResourceType license locationCreated mainEntity maintainer material materialExtent mentions offers pattern position producer provider publication publisher publisherImprint publishingPrinciples recordedAt releasedEvent review reviews schemaVersion sdDatePublished sdLicense sdPublisher size sourceOrganization spatial spatialCoverage sponsor teaches temporal temporalCoverage text thumbnail thumbnailUrl timeRequired translationOfWork translator typicalAgeRange usageInfo version video workExample workTranslation".split(
    " ",
  ),
];

const ARTICLE = [
  ...CREATIVE_WORK,
  "articleBody",
  "articleSection",
  "backstory",
  "pageEnd",
  "pageStart",
  "pagination",
  "speakable",
  "wordCount",
];

const REVIEW = [
  ...CREATIVE_WORK,
  "associatedClaimReview",
  "associatedMediaReview",
  "associatedReview",
  "itemReviewed",
  "negativeNotes",
  "positiveNotes",
  "reviewAspect",
  "reviewBody",
  "reviewRating",
];

const PLACE = [
  ...THING,
  ..."additionalProperty address aggregateRating amenityFeature branchCode containedIn containedInPlace containsPlace event events faxNumber geo geoContains geoCoveredBy geoCovers geoCrosses geoDisjoint geoEquals geoIntersects geoOverlaps geoTouches geoWithin globalLocationNumber hasDriveThroughService hasMap isAccessibleForFree isicV4 keywords latitude logo longitude map maps maximumAttendeeCapacity openingHoursSpecification photo photos publicAccess review reviews slogan smokingAllowed specialOpeningHoursSpecification telephone tourBookingPage".split(
    " ",
  ),
];

const ORGANIZATION = [
  ...THING,
  ..."actionableFeedbackPolicy address aggregateRating alumni areaServed award awards brand contactPoint contactPoints correctionsPolicy department dissolutionDate diversityPolicy diversityStaffingReport duns email employee employees ethicsPolicy event events faxNumber founder founders foundingDate foundingLocation funder funding globalLocationNumber hasCredential hasMerchantReturnPolicy hasOfferCatalog hasPOS hasProductReturnPolicy interactionStatistic isicV4 iso6523Code keywords knowsAbout knowsLanguage legalName leiCode location logo makesOffer member memberOf members naics nonprofitStatus numberOfEmployees ownershipFundingInfo owns parentOrganization publishingPrinciples review reviews seeks serviceArea slogan sponsor subOrganization taxID telephone unnamedSourcesPolicy vatID".split(
    " ",
  ),
];

const PERSON = [
  ...THING,
  ..."additionalName address affiliation alumniOf award awards birthDate birthPlace brand callSign children colleague colleagues contactPoint contactPoints deathDate deathPlace duns email familyName faxNumber follows funder funding gender givenName globalLocationNumber hasCredential hasOccupation hasOfferCatalog hasPOS height homeLocation honorificPrefix honorificSuffix interactionStatistic isicV4 jobTitle knows knowsAbout knowsLanguage makesOffer memberOf naics nationality netWorth owns parent parents performerIn publishingPrinciples relatedTo seeks sibling siblings skills sponsor spouse taxID telephone vatID weight workLocation worksFor".split(
    " ",
  ),
];

/** Allowed property names for each schema.org type the mappers emit. */
export const SCHEMA_ORG_PROPERTIES: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    Thing: THING,
    CreativeWork: CREATIVE_WORK,
    Article: ARTICLE,
    NewsArticle: [
      ...ARTICLE,
      "dateline",
      "printColumn",
      "printEdition",
      "printPage",
      "printSection",
    ],
    SocialMediaPosting: [...ARTICLE, "sharedContent"],
    Dataset: [
      ...CREATIVE_WORK,
      "distribution",
      "includedInDataCatalog",
      "issn",
      "measurementTechnique",
      "variableMeasured",
    ],
    Review: REVIEW,
    ClaimReview: [...REVIEW, "claimReviewed"],
    Claim: [...CREATIVE_WORK, "appearance", "claimInterpreter", "firstAppearance"],
    Rating: [
      ...THING,
      "author",
      "bestRating",
      "ratingExplanation",
      "ratingValue",
      "reviewAspect",
      "worstRating",
    ],
    Event: [
      ...THING,
      ..."about actor aggregateRating attendee attendees audience composer contributor director doorTime duration endDate eventAttendanceMode eventSchedule eventStatus funder funding inLanguage isAccessibleForFree keywords location maximumAttendeeCapacity maximumPhysicalAttendeeCapacity maximumVirtualAttendeeCapacity offers organizer performer performers previousStartDate recordedIn remainingAttendeeCapacity review sponsor startDate subEvent subEvents superEvent translator typicalAgeRange workFeatured workPerformed".split(
        " ",
      ),
    ],
    Place: PLACE,
    // Country < AdministrativeArea < Place; neither adds properties.
    Country: PLACE,
    PostalAddress: [
      ...THING,
      ..."areaServed availableLanguage contactOption contactType email faxNumber hoursAvailable productSupported serviceArea telephone addressCountry addressLocality addressRegion extendedAddress postOfficeBoxNumber postalCode streetAddress".split(
        " ",
      ),
    ],
    Organization: ORGANIZATION,
    Person: PERSON,
  }).map(([type, props]) => [type, new Set(props)]),
);

const KEYWORDS = new Set(["@context", "@type", "@id"]);

/**
 * Every property of every typed node in a JSON-LD tree that its type does not define, as
 * `Type.property` paths; nodes without a known `@type` are reported too.
 */
export function unknownProperties(node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => unknownProperties(n, `${path}[${i}]`));
  if (typeof node !== "object" || node === null) return [];
  const obj = node as Record<string, unknown>;
  const type = obj["@type"];
  const allowed = typeof type === "string" ? SCHEMA_ORG_PROPERTIES[type] : undefined;
  if (!allowed) return [`${path}: unknown or missing @type ${String(type)}`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (!KEYWORDS.has(key) && !allowed.has(key)) problems.push(`${path}: ${type}.${key}`);
    problems.push(...unknownProperties(value, `${path}.${key}`));
  }
  return problems;
}
