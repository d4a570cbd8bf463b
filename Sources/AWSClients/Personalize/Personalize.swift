/// Types of Amazon Personalize Runtime (2018-05-22) and Personalize Events (2018-03-22), both restJson
/// with camelCase members, both signing as `personalize`.
public enum Personalize {}
