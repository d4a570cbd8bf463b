extension State {
    private static let flow: Set = ["Type", "Comment", "Next", "End", "InputPath", "OutputPath", "QueryLanguage"]
    private static let results: Set = ["Parameters", "ResultSelector", "ResultPath"]
    private static let errors: Set = ["Retry", "Catch"]

    /// Parses one state; `qualifiedName` names it in errors.
    init(name: String, qualifiedName: String, value: JSONValue) throws(DefinitionError) {
        let reader = try FieldReader(value, state: qualifiedName)
        let type = try reader.requiredString("Type")
        if let language = try reader.string("QueryLanguage"), language != "JSONPath" {
            throw reader.error("QueryLanguage", "\(language) is not supported; mediagen-local runs JSONPath states")
        }
        self.name = name
        comment = try reader.string("Comment")
        inputPath = try reader.path("InputPath")
        outputPath = try reader.path("OutputPath")
        let next = try reader.string("Next")
        let end = try reader.bool("End") ?? false
        switch type {
        case "Pass":
            try reader.checkAllowed(Self.flow.union(["Parameters", "ResultPath", "Result"]), kind: type)
            kind = .pass(Pass(result: reader.object["Result"], processing: try Self.processing(reader, selector: false)))
        case "Task":
            try reader.checkAllowed(Self.flow.union(Self.results).union(Self.errors).union(
                ["Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials"]), kind: type)
            kind = .task(try Self.task(reader))
        case "Choice":
            try reader.checkAllowed(["Type", "Comment", "InputPath", "OutputPath", "Choices", "Default", "QueryLanguage"], kind: type)
            kind = .choice(try Self.choice(reader, state: qualifiedName))
        case "Wait":
            try reader.checkAllowed(Self.flow.union(["Seconds", "Timestamp", "SecondsPath", "TimestampPath"]), kind: type)
            kind = .wait(try Self.wait(reader))
        case "Succeed":
            try reader.checkAllowed(["Type", "Comment", "InputPath", "OutputPath", "QueryLanguage"], kind: type)
            kind = .succeed
        case "Fail":
            try reader.checkAllowed(["Type", "Comment", "Error", "ErrorPath", "Cause", "CausePath", "QueryLanguage"], kind: type)
            kind = .fail(try Self.fail(reader, state: qualifiedName))
        case "Parallel":
            try reader.checkAllowed(Self.flow.union(Self.results).union(Self.errors).union(["Branches"]), kind: type)
            guard let branches = try reader.array("Branches"), !branches.isEmpty else { throw reader.error("Branches", "must hold at least one branch") }
            var machines: [StateMachineDefinition] = []
            for (index, branch) in branches.enumerated() {
                machines.append(try StateMachineDefinition(branch, scope: "\(qualifiedName)/Branches[\(index)]"))
            }
            kind = .parallel(Parallel(
                branches: machines, processing: try Self.processing(reader, selector: true),
                retry: try Self.retriers(reader), catchers: try Self.catchers(reader)))
        case "Map":
            try reader.checkAllowed(Self.flow.union(Self.results).union(Self.errors).union([
                "ItemsPath", "ItemSelector", "Iterator", "ItemProcessor", "MaxConcurrency", "MaxConcurrencyPath",
                "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath",
                "Label", "ItemReader", "ItemBatcher", "ResultWriter",
            ]), kind: type)
            kind = .map(try Self.map(reader, state: qualifiedName))
        default:
            throw reader.error("Type", "'\(type)' is not a state type (Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map)")
        }
        switch kind {
        case .choice, .succeed, .fail:
            if next != nil { throw reader.error("Next", "is not allowed in a \(type) state") }
            if reader.has("End") { throw reader.error("End", "is not allowed in a \(type) state") }
            self.next = nil
            self.end = false
        default:
            if next != nil && end { throw reader.error("End", "a state has either Next or End: true, not both") }
            if next == nil && !end { throw reader.error("Next", "is required (or End: true)") }
            self.next = next
            self.end = end
        }
    }

    private static func processing(_ reader: FieldReader, selector: Bool) throws(DefinitionError) -> Processing {
        let parameters = try reader.object["Parameters"].map { value throws(DefinitionError) in
            try PayloadTemplate.compile(value, state: reader.state, field: "Parameters")
        }
        let resultSelector = selector ? try reader.object["ResultSelector"].map { value throws(DefinitionError) in
            try PayloadTemplate.compile(value, state: reader.state, field: "ResultSelector")
        } : nil
        return Processing(parameters: parameters, resultSelector: resultSelector, resultPath: try reader.path("ResultPath", reference: true))
    }

    private static func task(_ reader: FieldReader) throws(DefinitionError) -> Task {
        let resource = try reader.requiredString("Resource")
        guard resource.hasPrefix("arn:") else { throw reader.error("Resource", "'\(resource)' is not an ARN") }
        func secondsPath(_ field: String) throws(DefinitionError) -> JSONPath? {
            switch try reader.path(field, reference: true) {
            case .path(let path): return path
            case .absent: return nil
            case .null, .context: throw reader.error(field, "must be a reference path")
            }
        }
        if reader.has("TimeoutSeconds") && reader.has("TimeoutSecondsPath") {
            throw reader.error("TimeoutSecondsPath", "TimeoutSeconds and TimeoutSecondsPath exclude each other")
        }
        if reader.has("HeartbeatSeconds") && reader.has("HeartbeatSecondsPath") {
            throw reader.error("HeartbeatSecondsPath", "HeartbeatSeconds and HeartbeatSecondsPath exclude each other")
        }
        let timeout = try reader.integer("TimeoutSeconds", minimum: 1, maximum: 99_999_999)
        let heartbeat = try reader.integer("HeartbeatSeconds", minimum: 1, maximum: 99_999_999)
        if let timeout, let heartbeat, heartbeat >= timeout {
            throw reader.error("HeartbeatSeconds", "must be smaller than TimeoutSeconds")
        }
        return Task(
            resource: resource, processing: try processing(reader, selector: true),
            timeoutSeconds: timeout, timeoutSecondsPath: try secondsPath("TimeoutSecondsPath"),
            heartbeatSeconds: heartbeat, heartbeatSecondsPath: try secondsPath("HeartbeatSecondsPath"),
            retry: try retriers(reader), catchers: try catchers(reader))
    }

    private static func choice(_ reader: FieldReader, state: String) throws(DefinitionError) -> Choice {
        guard let rules = try reader.array("Choices"), !rules.isEmpty else { throw reader.error("Choices", "must hold at least one rule") }
        var choices: [(rule: ChoiceRule, next: String)] = []
        for (index, rule) in rules.enumerated() {
            let (parsed, next) = try ChoiceRule.parse(rule, state: state, field: "Choices[\(index)]", topLevel: true)
            choices.append((parsed, next!))
        }
        return Choice(choices: choices, defaultState: try reader.string("Default"))
    }

    private static func wait(_ reader: FieldReader) throws(DefinitionError) -> Wait {
        let given = ["Seconds", "Timestamp", "SecondsPath", "TimestampPath"].filter(reader.has)
        guard given.count == 1 else {
            throw reader.error(given.first ?? "Seconds", "a Wait state has exactly one of Seconds, Timestamp, SecondsPath, TimestampPath")
        }
        func referencePath(_ field: String) throws(DefinitionError) -> JSONPath {
            guard case .path(let path) = try reader.path(field, reference: true) else { throw reader.error(field, "must be a reference path") }
            return path
        }
        switch given[0] {
        case "Seconds": return Wait(duration: .seconds(try reader.integer("Seconds", minimum: 0, maximum: 99_999_999)!))
        case "Timestamp":
            let text = try reader.requiredString("Timestamp")
            guard Timestamp.parse(text) != nil else { throw reader.error("Timestamp", "'\(text)' is not an RFC 3339 timestamp") }
            return Wait(duration: .timestamp(text))
        case "SecondsPath": return Wait(duration: .secondsPath(try referencePath("SecondsPath")))
        default: return Wait(duration: .timestampPath(try referencePath("TimestampPath")))
        }
    }

    private static func fail(_ reader: FieldReader, state: String) throws(DefinitionError) -> Fail {
        if reader.has("Error") && reader.has("ErrorPath") { throw reader.error("ErrorPath", "Error and ErrorPath exclude each other") }
        if reader.has("Cause") && reader.has("CausePath") { throw reader.error("CausePath", "Cause and CausePath exclude each other") }
        let errorPath = try reader.string("ErrorPath").map { text throws(DefinitionError) in try PayloadTemplate.dynamic(text, state: state, field: "ErrorPath") }
        let causePath = try reader.string("CausePath").map { text throws(DefinitionError) in try PayloadTemplate.dynamic(text, state: state, field: "CausePath") }
        return Fail(error: try reader.string("Error"), errorPath: errorPath, cause: try reader.string("Cause"), causePath: causePath)
    }

    private static func map(_ reader: FieldReader, state: String) throws(DefinitionError) -> Map {
        for field in ["ItemReader", "ResultWriter", "ItemBatcher"] where reader.has(field) {
            throw reader.error(field, "distributed Map features are not supported by mediagen-local; use an inline Map")
        }
        if reader.has("Iterator") && reader.has("ItemProcessor") { throw reader.error("ItemProcessor", "Iterator and ItemProcessor exclude each other") }
        if reader.has("ItemSelector") && reader.has("Parameters") { throw reader.error("ItemSelector", "ItemSelector and Parameters exclude each other") }
        guard let processorValue = reader.object["ItemProcessor"] ?? reader.object["Iterator"] else {
            throw reader.error("ItemProcessor", "is required")
        }
        let processorField = reader.has("ItemProcessor") ? "ItemProcessor" : "Iterator"
        var processorObject = processorValue.objectValue ?? [:]
        if let config = processorObject.removeValue(forKey: "ProcessorConfig"), let mode = config["Mode"]?.stringValue, mode != "INLINE" {
            throw reader.error("\(processorField).ProcessorConfig.Mode", "\(mode) is not supported by mediagen-local; use INLINE")
        }
        let processor = try StateMachineDefinition(.object(processorObject), scope: "\(state)/\(processorField)", isProcessor: true)
        let selectorField = reader.has("ItemSelector") ? "ItemSelector" : "Parameters"
        let itemSelector = try reader.object[selectorField].map { value throws(DefinitionError) in
            try PayloadTemplate.compile(value, state: state, field: selectorField)
        }
        func referencePath(_ field: String) throws(DefinitionError) -> JSONPath? {
            switch try reader.path(field, reference: true) {
            case .path(let path): return path
            case .absent: return nil
            case .null, .context: throw reader.error(field, "must be a reference path")
            }
        }
        let resultSelector = try reader.object["ResultSelector"].map { value throws(DefinitionError) in
            try PayloadTemplate.compile(value, state: state, field: "ResultSelector")
        }
        let percentage = try reader.number("ToleratedFailurePercentage", minimum: 0)
        if let percentage, percentage > 100 { throw reader.error("ToleratedFailurePercentage", "must be between 0 and 100") }
        return Map(
            itemsPath: try reader.path("ItemsPath"), itemSelector: itemSelector, processor: processor,
            maxConcurrency: try reader.integer("MaxConcurrency", minimum: 0) ?? 0,
            maxConcurrencyPath: try referencePath("MaxConcurrencyPath"),
            toleratedFailurePercentage: percentage,
            toleratedFailureCount: try reader.integer("ToleratedFailureCount", minimum: 0),
            toleratedFailurePercentagePath: try referencePath("ToleratedFailurePercentagePath"),
            toleratedFailureCountPath: try referencePath("ToleratedFailureCountPath"),
            processing: Processing(parameters: nil, resultSelector: resultSelector, resultPath: try reader.path("ResultPath", reference: true)),
            retry: try retriers(reader), catchers: try catchers(reader))
    }

    private static func errorEquals(_ reader: FieldReader, at field: String, isLast: Bool) throws(DefinitionError) -> [String] {
        guard let names = try reader.array("ErrorEquals"), !names.isEmpty else { throw reader.error("ErrorEquals", "must name at least one error") }
        var errors: [String] = []
        for name in names {
            guard case .string(let text) = name else { throw reader.error("ErrorEquals", "must hold error name strings") }
            errors.append(text)
        }
        if errors.contains("States.ALL") {
            if errors.count > 1 { throw reader.error("ErrorEquals", "States.ALL must appear alone") }
            if !isLast { throw reader.error("ErrorEquals", "States.ALL must be in the last rule") }
        }
        return errors
    }

    private static func retriers(_ reader: FieldReader) throws(DefinitionError) -> [Retrier] {
        guard let rules = try reader.array("Retry") else { return [] }
        var retriers: [Retrier] = []
        for (index, rule) in rules.enumerated() {
            let field = "Retry[\(index)]"
            let rule = try FieldReader(rule, state: reader.state, prefix: "\(field).")
            try rule.checkAllowed(["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"], kind: "Retry rule of a")
            let jitterText = try rule.string("JitterStrategy") ?? "NONE"
            guard let jitter = Retrier.Jitter(rawValue: jitterText) else { throw rule.error("JitterStrategy", "must be FULL or NONE") }
            retriers.append(Retrier(
                errorEquals: try errorEquals(rule, at: field, isLast: index == rules.count - 1),
                intervalSeconds: try rule.integer("IntervalSeconds", minimum: 1, maximum: 99_999_999) ?? 1,
                maxAttempts: try rule.integer("MaxAttempts", minimum: 0, maximum: 99_999_999) ?? 3,
                backoffRate: try rule.number("BackoffRate", minimum: 1.0) ?? 2.0,
                maxDelaySeconds: try rule.integer("MaxDelaySeconds", minimum: 1, maximum: 31_622_400),
                jitter: jitter))
        }
        return retriers
    }

    private static func catchers(_ reader: FieldReader) throws(DefinitionError) -> [Catcher] {
        guard let rules = try reader.array("Catch") else { return [] }
        var catchers: [Catcher] = []
        for (index, rule) in rules.enumerated() {
            let field = "Catch[\(index)]"
            let rule = try FieldReader(rule, state: reader.state, prefix: "\(field).")
            try rule.checkAllowed(["ErrorEquals", "ResultPath", "Next", "Comment"], kind: "Catch rule of a")
            catchers.append(Catcher(
                errorEquals: try errorEquals(rule, at: field, isLast: index == rules.count - 1),
                resultPath: try rule.path("ResultPath", reference: true),
                next: try rule.requiredString("Next")))
        }
        return catchers
    }
}
