import Foundation

/// Finds the `ffmpeg` the twin's media services run, in order: `MEDIAGEN_FFMPEG` (a path to the executable), `ffmpeg`
/// on `PATH`, then the static binary the PyPI package `imageio-ffmpeg` (requirements-dev.txt) ships — inside the venv
/// of `MEDIAGEN_PYTHON`, or the repository's `.venv` (found from the working directory upwards, as `.venv/bin/python`
/// is). Nil when none is there: the services then fall back to their ffmpeg-less behaviour.
public enum FFmpegLocator {
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                       workingDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        if let installed = installed(environment: environment) { return installed }
        var venvs: [URL] = []
        if let python = environment["MEDIAGEN_PYTHON"], !python.isEmpty {
            // `<venv>/bin/python` → `<venv>`
            venvs.append(URL(fileURLWithPath: python).deletingLastPathComponent().deletingLastPathComponent())
        }
        var directory = URL(fileURLWithPath: workingDirectory)
        while true {
            venvs.append(directory.appendingPathComponent(".venv"))
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        for venv in venvs {
            if let binary = imageioBinary(venv: venv) { return binary }
        }
        return nil
    }

    /// ``locate(environment:workingDirectory:)`` with `python` (`<venv>/bin/python`) as the virtualenv to look in.
    public static func locate(python: URL?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var environment = environment
        if let python { environment["MEDIAGEN_PYTHON"] = python.path }
        return locate(environment: environment)
    }

    /// `MEDIAGEN_FFMPEG`, else the first executable `ffmpeg` on `PATH` (no virtualenv).
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let explicit = environment["MEDIAGEN_FFMPEG"], !explicit.isEmpty, FileManager.default.isExecutableFile(atPath: explicit) {
            return URL(fileURLWithPath: explicit)
        }
        return onPath(environment["PATH"])
    }

    /// The first executable `ffmpeg` on `path` (a PATH-style list), if any.
    static func onPath(_ path: String?) -> URL? {
        for directory in (path ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("ffmpeg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// `<venv>/lib/python3*/site-packages/imageio_ffmpeg/binaries/ffmpeg-*` (executable), if installed.
    static func imageioBinary(venv: URL) -> URL? {
        let manager = FileManager.default
        let lib = venv.appendingPathComponent("lib")
        guard let versions = try? manager.contentsOfDirectory(atPath: lib.path) else { return nil }
        for version in versions.sorted() where version.hasPrefix("python3") {
            let binaries = lib.appendingPathComponent(version).appendingPathComponent("site-packages/imageio_ffmpeg/binaries")
            guard let names = try? manager.contentsOfDirectory(atPath: binaries.path) else { continue }
            for name in names.sorted() where name.hasPrefix("ffmpeg-") {
                let candidate = binaries.appendingPathComponent(name)
                if manager.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}
