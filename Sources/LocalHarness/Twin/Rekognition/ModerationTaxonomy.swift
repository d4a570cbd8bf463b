/// Rekognition's content-moderation taxonomy, model version 7.0: ten top-level categories (L1), their
/// second-level categories (L2) and the third-level labels (L3) under some of those. A label the twin reports
/// comes with its ancestors, as the service does (an L3 hit also lists its L2 and L1).
enum ModerationTaxonomy {
    static let modelVersion = "7.0"

    struct Entry: Equatable, Sendable {
        var name: String
        /// "" for a top-level category.
        var parent: String
        var level: Int
    }

    /// (L1, [(L2, [L3])]) as the Rekognition developer guide lists them for version 7.
    static let tree: [(String, [(String, [String])])] = [
        ("Explicit", [
            ("Explicit Nudity", ["Exposed Male Genitalia", "Exposed Female Genitalia", "Exposed Buttocks or Anus", "Exposed Female Nipple"]),
            ("Explicit Sexual Activity", []),
            ("Sex Toys", []),
        ]),
        ("Non-Explicit Nudity of Intimate parts and Kissing", [
            ("Non-Explicit Nudity", ["Bare Back", "Exposed Male Nipple", "Partially Exposed Buttocks", "Partially Exposed Female Breast", "Implied Nudity"]),
            ("Obstructed Intimate Parts", ["Obstructed Female Nipple", "Obstructed Male Genitalia"]),
            ("Kissing on the Lips", []),
        ]),
        ("Swimwear or Underwear", [
            ("Female Swimwear or Underwear", []),
            ("Male Swimwear or Underwear", []),
        ]),
        ("Violence", [
            ("Weapons", []),
            ("Graphic Violence", ["Weapon Violence", "Physical Violence", "Self-Harm", "Blood & Gore", "Explosions and Blasts"]),
        ]),
        ("Visually Disturbing", [
            ("Death and Emaciation", ["Emaciated Bodies", "Corpses"]),
            ("Crashes", ["Air Crash"]),
        ]),
        ("Drugs & Tobacco", [
            ("Products", ["Pills"]),
            ("Drugs & Tobacco Paraphernalia & Use", ["Smoking"]),
        ]),
        ("Alcohol", [
            ("Alcohol Use", ["Drinking"]),
            ("Alcoholic Beverages", []),
        ]),
        ("Rude Gestures", [("Middle Finger", [])]),
        ("Gambling", [("Gambling", [])]),
        ("Hate Symbols", [("Nazi Party", []), ("White Supremacy", []), ("Extremist", [])]),
    ]

    /// Every label, keyed by lowercased name. A name used at two levels ("Gambling") resolves to the deeper one,
    /// whose ancestors include the other.
    static let entries: [String: Entry] = {
        var entries: [String: Entry] = [:]
        for (top, seconds) in tree {
            entries[top.lowercased()] = Entry(name: top, parent: "", level: 1)
            for (second, thirds) in seconds {
                entries[second.lowercased()] = Entry(name: second, parent: top, level: 2)
                for third in thirds { entries[third.lowercased()] = Entry(name: third, parent: second, level: 3) }
            }
        }
        return entries
    }()

    /// The entry for a label name (case-insensitive), or nil when the taxonomy has no such label.
    static func entry(_ name: String) -> Entry? { entries[name.lowercased()] }

    /// The label and its ancestors, deepest first (`Blood & Gore` → `Graphic Violence` → `Violence`).
    static func lineage(_ name: String) -> [Entry] {
        guard var current = entry(name) else { return [] }
        var chain = [current]
        while !current.parent.isEmpty {
            // A parent with the same name as its child (`Gambling`/`Gambling`) is the top-level category.
            let parent = current.parent == current.name ? Entry(name: current.parent, parent: "", level: 1) : entry(current.parent)
            guard let parent, parent.level < current.level else { break }
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// Moderation labels for `hits` (name → confidence): each with its ancestors (an ancestor takes the highest
    /// confidence among its descendants), at or above `minConfidence`, most confident first, deeper first on ties.
    static func labels(_ hits: [(name: String, confidence: Double)], minConfidence: Double) -> [(entry: Entry, confidence: Double)] {
        var best: [String: (entry: Entry, confidence: Double)] = [:]
        for hit in hits {
            for entry in lineage(hit.name) {
                let key = "\(entry.level)/\(entry.name)"
                if let existing = best[key], existing.confidence >= hit.confidence { continue }
                best[key] = (entry, hit.confidence)
            }
        }
        return best.values.filter { $0.confidence >= minConfidence }.sorted {
            if $0.confidence != $1.confidence { return $0.confidence > $1.confidence }
            if $0.entry.level != $1.entry.level { return $0.entry.level > $1.entry.level }
            return $0.entry.name < $1.entry.name
        }
    }
}
