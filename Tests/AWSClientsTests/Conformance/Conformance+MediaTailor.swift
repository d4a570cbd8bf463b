import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let mediaTailor: [ConformanceRow] = [
        ConformanceRow(
            "mediatailor.PutPlaybackConfiguration with CDN, DASH, suppression, bumpers and pre-roll", service: "mediatailor",
            operation: "PutPlaybackConfiguration",
            params: [
                "Name": "ad-insertion-main",
                "AdDecisionServerUrl": "https://ads.example.com/vast?duration=[session.avail_duration_secs]&uid=[player_params.uid]",
                "VideoContentSourceUrl": "https://origin.example.com/out/v1/abc", "SlateAdUrl": "https://cdn.example.com/slate.mp4",
                "CdnConfiguration": ["AdSegmentUrlPrefix": "https://ads-cdn.example.com", "ContentSegmentUrlPrefix": "https://cdn.example.com"],
                "DashConfiguration": ["MpdLocation": "EMT_DEFAULT", "OriginManifestType": "MULTI_PERIOD"],
                "ManifestProcessingRules": ["AdMarkerPassthrough": ["Enabled": true]],
                "PersonalizationThresholdSeconds": 2,
                "AvailSuppression": ["Mode": "BEHIND_LIVE_EDGE", "Value": "00:00:30", "FillPolicy": "PARTIAL_AVAIL"],
                "Bumper": ["StartUrl": "https://cdn.example.com/bumper-in.mp4", "EndUrl": "https://cdn.example.com/bumper-out.mp4"],
                "LivePreRollConfiguration": ["AdDecisionServerUrl": "https://ads.example.com/preroll", "MaxDurationSeconds": 30],
                "TranscodeProfileName": "profile-1", "InsertionMode": "STITCHED_ONLY", "Tags": ["team": "ads"],
            ]
        ) { configuration in
            _ = try await MediaTailorClient(configuration).putPlaybackConfiguration(MediaTailor.PutPlaybackConfigurationInput(
                name: "ad-insertion-main",
                adDecisionServerUrl: "https://ads.example.com/vast?duration=[session.avail_duration_secs]&uid=[player_params.uid]",
                videoContentSourceUrl: "https://origin.example.com/out/v1/abc", slateAdUrl: "https://cdn.example.com/slate.mp4",
                cdnConfiguration: .init(adSegmentUrlPrefix: "https://ads-cdn.example.com", contentSegmentUrlPrefix: "https://cdn.example.com"),
                dashConfiguration: .init(mpdLocation: "EMT_DEFAULT", originManifestType: .multiPeriod),
                manifestProcessingRules: .init(adMarkerPassthrough: .init(enabled: true)), personalizationThresholdSeconds: 2,
                availSuppression: .init(mode: .behindLiveEdge, value: "00:00:30", fillPolicy: .partialAvail),
                bumper: .init(startUrl: "https://cdn.example.com/bumper-in.mp4", endUrl: "https://cdn.example.com/bumper-out.mp4"),
                livePreRollConfiguration: .init(adDecisionServerUrl: "https://ads.example.com/preroll", maxDurationSeconds: 30),
                transcodeProfileName: "profile-1", insertionMode: .stitchedOnly, tags: ["team": "ads"]))
        },
        ConformanceRow(
            "mediatailor.PutPlaybackConfiguration minimal", service: "mediatailor", operation: "PutPlaybackConfiguration",
            params: ["Name": "vod", "AdDecisionServerUrl": "https://ads.example.com/vast", "VideoContentSourceUrl": "https://origin.example.com/vod"]
        ) { configuration in
            _ = try await MediaTailorClient(configuration).putPlaybackConfiguration(.init(
                name: "vod", adDecisionServerUrl: "https://ads.example.com/vast", videoContentSourceUrl: "https://origin.example.com/vod"))
        },
        ConformanceRow(
            "mediatailor.GetPlaybackConfiguration with a name that needs encoding", service: "mediatailor",
            operation: "GetPlaybackConfiguration", params: ["Name": "main config/2"]
        ) { configuration in
            _ = try await MediaTailorClient(configuration).getPlaybackConfiguration(name: "main config/2")
        },
        ConformanceRow(
            "mediatailor.DeletePlaybackConfiguration", service: "mediatailor", operation: "DeletePlaybackConfiguration",
            params: ["Name": "ad-insertion-main"]
        ) { configuration in
            try await MediaTailorClient(configuration).deletePlaybackConfiguration(name: "ad-insertion-main")
        },
    ]
}
