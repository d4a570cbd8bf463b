import Foundation

/// Where a function process writes its standard output.
public enum FunctionLogDestination: Sendable {
    /// The emulator's own standard output.
    case inherit
    /// The emulator's standard error, keeping standard output for results (`mediagen-local invoke`).
    case standardError
}

/// One function the emulator runs: its bootstrap, environment, limits and how many instances it may use.
public struct FunctionConfiguration: Sendable {
    /// The function name (`AWS_LAMBDA_FUNCTION_NAME`), also its Invoke API name.
    public var name: String
    /// The bootstrap executable.
    public var bootstrap: URL
    /// The function's own environment variables.
    public var environment: [String: String]
    /// Credential variables (`AWS_ACCESS_KEY_ID`, …) passed to the process.
    public var credentials: [String: String]
    /// The invocation timeout.
    public var timeout: Duration
    /// How long initialisation may take before the process is stopped.
    public var initTimeout: Duration
    /// The memory size in MB (`AWS_LAMBDA_FUNCTION_MEMORY_SIZE`).
    public var memorySize: Int
    /// The handler string (`_HANDLER`).
    public var handler: String
    /// `LAMBDA_TASK_ROOT`; the bootstrap's folder when nil.
    public var taskRoot: URL?
    /// `AWS_LAMBDA_LOG_FORMAT`: `Text` or `JSON`.
    public var logFormat: String
    /// How many instances may run at once; further invokes wait.
    public var maximumConcurrency: Int
    /// Where the process's standard output (its log lines) goes.
    public var logDestination: FunctionLogDestination = .inherit
    /// Whether each instance gets its runtime API on a port of its own (`AWS_LAMBDA_RUNTIME_API` a bare
    /// `127.0.0.1:<port>`, as in Lambda) rather than under a path prefix of the shared server; needed by
    /// runtimes that cannot take a path in that variable, such as awslambdaric.
    public var dedicatedRuntimeAPIPort: Bool

    /// Creates a configuration; everything but the name and bootstrap has Lambda's default.
    public init(
        name: String,
        bootstrap: URL,
        environment: [String: String] = [:],
        credentials: [String: String] = [:],
        timeout: Duration = .seconds(3),
        initTimeout: Duration = .seconds(10),
        memorySize: Int = 128,
        handler: String = "bootstrap",
        taskRoot: URL? = nil,
        logFormat: String = "Text",
        maximumConcurrency: Int = 4,
        dedicatedRuntimeAPIPort: Bool = false
    ) {
        self.name = name
        self.bootstrap = bootstrap
        self.environment = environment
        self.credentials = credentials
        self.timeout = timeout
        self.initTimeout = initTimeout
        self.memorySize = memorySize
        self.handler = handler
        self.taskRoot = taskRoot
        self.logFormat = logFormat
        self.maximumConcurrency = max(1, maximumConcurrency)
        self.dedicatedRuntimeAPIPort = dedicatedRuntimeAPIPort
    }

    /// The ARN Lambda would give this function in `region`.
    public func arn(region: String, account: String = "000000000000") -> String {
        "arn:aws:lambda:\(region):\(account):function:\(name)"
    }

    /// The environment Lambda sets for a process of this function, then the function's own and credentials.
    func processEnvironment(runtimeAPI: String, region: String, logStream: String) -> [String: String] {
        var environment: [String: String] = [
            "AWS_LAMBDA_FUNCTION_NAME": name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": String(memorySize),
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            "AWS_LAMBDA_RUNTIME_API": runtimeAPI,
            "LAMBDA_TASK_ROOT": (taskRoot ?? bootstrap.deletingLastPathComponent()).path,
            "LAMBDA_RUNTIME_DIR": bootstrap.deletingLastPathComponent().path,
            "_HANDLER": handler,
            "AWS_LAMBDA_LOG_FORMAT": logFormat,
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/\(name)",
            "AWS_LAMBDA_LOG_STREAM_NAME": logStream,
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "TZ": ":UTC",
            "LANG": "en_US.UTF-8",
        ]
        let parent = ProcessInfo.processInfo.environment
        environment["PATH"] = parent["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        if let libraryPath = parent["LD_LIBRARY_PATH"] { environment["LD_LIBRARY_PATH"] = libraryPath }
        environment.merge(self.environment) { _, own in own }
        environment.merge(credentials) { _, own in own }
        return environment
    }
}
