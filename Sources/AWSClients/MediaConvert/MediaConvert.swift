/// Types of AWS Elemental MediaConvert (restJson, API version 2017-08-29), namespaced so their plain
/// names (`Input`, `Output`, `Job`) stay clear of other services' types.
///
/// The job settings hold the subset of the model the builders emit (see `MediaConvert+Builders.swift`);
/// every member encodes under the model's camelCase `locationName` (`outputGroups`, `h264Settings`).
public enum MediaConvert {}
