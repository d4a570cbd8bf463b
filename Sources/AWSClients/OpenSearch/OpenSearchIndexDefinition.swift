import AWSCore
import Foundation

/// The settings and mappings of a new index.
public struct OpenSearchIndexDefinition: Sendable, Equatable {
    /// Field name → mapping, under `mappings.properties`.
    public var properties: [String: OpenSearchFieldMapping]
    /// `index.knn: true`: required for `knn_vector` fields to be searchable with k-NN.
    public var knn: Bool
    public var numberOfShards: Int?
    public var numberOfReplicas: Int?
    /// Any other index settings, e.g. `["index.knn.algo_param.ef_search": 100]`.
    public var settings: [String: JSON]

    public init(
        properties: [String: OpenSearchFieldMapping], knn: Bool = false, numberOfShards: Int? = nil,
        numberOfReplicas: Int? = nil, settings: [String: JSON] = [:]
    ) {
        self.properties = properties
        self.knn = knn
        self.numberOfShards = numberOfShards
        self.numberOfReplicas = numberOfReplicas
        self.settings = settings
    }

    /// The create-index body: `{"settings": {...}, "mappings": {"properties": {...}}}`.
    public var json: JSON {
        var settings = self.settings
        if knn { settings["index.knn"] = true }
        if let numberOfShards { settings["index.number_of_shards"] = .number(Double(numberOfShards)) }
        if let numberOfReplicas { settings["index.number_of_replicas"] = .number(Double(numberOfReplicas)) }
        var body: [String: JSON] = ["mappings": ["properties": .object(properties.mapValues(\.json))]]
        if !settings.isEmpty { body["settings"] = .object(settings) }
        return .object(body)
    }
}

/// The mapping of one field.
public indirect enum OpenSearchFieldMapping: Sendable, Equatable {
    /// Full-text, analysed (with `analyzer` when given).
    case text(analyzer: String? = nil)
    /// Exact values for filters, terms and aggregations.
    case keyword
    /// Any other scalar type by name: `integer`, `long`, `float`, `date`, `boolean`, …
    case type(String)
    /// A dense vector for k-NN search.
    case knnVector(dimension: Int, method: OpenSearchKNNMethod? = nil)
    /// An object with its own properties.
    case object([String: OpenSearchFieldMapping])
    /// A mapping written out as JSON.
    case raw(JSON)

    public var json: JSON {
        switch self {
        case .text(let analyzer):
            var field: [String: JSON] = ["type": "text"]
            if let analyzer { field["analyzer"] = .string(analyzer) }
            return .object(field)
        case .keyword: return ["type": "keyword"]
        case .type(let name): return ["type": .string(name)]
        case .knnVector(let dimension, let method):
            var field: [String: JSON] = ["type": "knn_vector", "dimension": .number(Double(dimension))]
            if let method { field["method"] = method.json }
            return .object(field)
        case .object(let properties): return ["properties": .object(properties.mapValues(\.json))]
        case .raw(let json): return json
        }
    }
}

/// How a `knn_vector` field is indexed: algorithm, engine, distance and the algorithm's parameters.
public struct OpenSearchKNNMethod: Sendable, Equatable {
    /// `hnsw` or `ivf`.
    public var name: String
    /// `faiss`, `lucene` or `nmslib`.
    public var engine: String
    /// `l2`, `cosinesimil`, `innerproduct`, `l1`, `linf`.
    public var spaceType: String
    /// E.g. `["ef_construction": 128, "m": 16]`.
    public var parameters: [String: JSON]

    public init(name: String = "hnsw", engine: String = "faiss", spaceType: String = "l2", parameters: [String: JSON] = [:]) {
        self.name = name
        self.engine = engine
        self.spaceType = spaceType
        self.parameters = parameters
    }

    public var json: JSON {
        var method: [String: JSON] = ["name": .string(name), "engine": .string(engine), "space_type": .string(spaceType)]
        if !parameters.isEmpty { method["parameters"] = .object(parameters) }
        return .object(method)
    }
}
