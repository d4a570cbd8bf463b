/// Types of AWS Elemental MediaTailor (restJson, API version 2018-04-23). Members encode in the
/// model's PascalCase names (`AdDecisionServerUrl`), except `tags`.
public enum MediaTailor {}
