import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let appConfigData: [ConformanceRow] = [
        ConformanceRow(
            "appconfigdata.StartConfigurationSession with a poll interval", service: "appconfigdata",
            operation: "StartConfigurationSession",
            params: ["ApplicationIdentifier": "mediagen", "EnvironmentIdentifier": "prod",
                     "ConfigurationProfileIdentifier": "feature-flags", "RequiredMinimumPollIntervalInSeconds": 60]
        ) { configuration in
            _ = try await AppConfigDataClient(configuration).startConfigurationSession(StartConfigurationSessionInput(
                applicationIdentifier: "mediagen", environmentIdentifier: "prod", configurationProfileIdentifier: "feature-flags",
                requiredMinimumPollIntervalInSeconds: 60))
        },
        ConformanceRow(
            "appconfigdata.GetLatestConfiguration", service: "appconfigdata", operation: "GetLatestConfiguration",
            params: ["ConfigurationToken": "AYADeNgfsRxdKiJ37A+/token=="]
        ) { configuration in
            _ = try await AppConfigDataClient(configuration).getLatestConfiguration(token: "AYADeNgfsRxdKiJ37A+/token==")
        },
    ]
}
