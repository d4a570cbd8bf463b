import Foundation

/// Finds the `ffmpeg` the twin transcodes and analyses media with: `MEDIAGEN_FFMPEG` (a path), then `ffmpeg` on
/// `PATH`, then — when a virtualenv's Python is given — the static binary the `imageio-ffmpeg` package
/// (requirements-dev.txt) installs in that virtualenv, so `make venv` gives every machine a real ffmpeg.
public enum FFmpegLocator {
    /// `MEDIAGEN_FFMPEG`, else the first executable `ffmpeg` on `PATH`.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let path = environment["MEDIAGEN_FFMPEG"], !path.isEmpty, FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("ffmpeg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// ``installed(environment:)``, else imageio-ffmpeg's binary in the virtualenv of `python` (`<venv>/bin/python`).
    public static func locate(python: URL?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        installed(environment: environment) ?? python.flatMap(inVirtualenv)
    }

    /// `<venv>/lib/python3.*/site-packages/imageio_ffmpeg/binaries/ffmpeg-*` for `<venv>/bin/python`.
    static func inVirtualenv(_ python: URL) -> URL? {
        let lib = python.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lib")
        let files = FileManager.default
        for version in ((try? files.contentsOfDirectory(atPath: lib.path)) ?? []).sorted() where version.hasPrefix("python3") {
            let binaries = lib.appendingPathComponent(version).appendingPathComponent("site-packages/imageio_ffmpeg/binaries")
            for name in ((try? files.contentsOfDirectory(atPath: binaries.path)) ?? []).sorted() where name.hasPrefix("ffmpeg-") {
                let candidate = binaries.appendingPathComponent(name)
                if files.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}
