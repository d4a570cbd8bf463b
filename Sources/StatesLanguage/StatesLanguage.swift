// The interpreter works on the shared JSON value type; re-exported so users need one import.
@_exported import JSONValues
