/// The names and attributes a resource gets in a local deployment: what `Ref` and `Fn::GetAtt` return.
/// Explicit names in the properties (`TableName`, `BucketName`, …) win; otherwise names are generated from
/// the stack name and logical id, deterministically, as CloudFormation would (minus its random suffix).
struct LocalResourceNames: Sendable {
    let deployment: LocalDeployment

    /// What `Ref` returns for `resource`; `explicitName` is its resolved name property, if it has one.
    func reference(_ resource: TemplateResource, explicitName: String?) -> String {
        let name = physicalName(resource, explicitName: explicitName)
        switch resource.type {
        case "AWS::SNS::Topic": return arn("sns", "\(name)")
        case "AWS::SQS::Queue": return queueURL(name)
        case "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine": return arn("states", "stateMachine:\(name)")
        case "AWS::Serverless::HttpApi", "AWS::Serverless::Api", "AWS::ApiGatewayV2::Api": return "mediagenlocal"
        default: return name
        }
    }

    /// The physical name of `resource`: its explicit name, or one generated like CloudFormation does.
    func physicalName(_ resource: TemplateResource, explicitName: String?) -> String {
        if let explicitName { return explicitName }
        let id = resource.logicalId
        switch resource.type {
        case "AWS::Serverless::Function", "AWS::Lambda::Function": return id
        case "AWS::S3::Bucket": return "\(deployment.stackName)-\(id)".lowercased()
        case "AWS::Cognito::UserPool": return "\(deployment.region)_\(String(id.filter(\.isLetter).prefix(9)))"
        case "AWS::Cognito::UserPoolClient": return "\(id.lowercased())local"
        default: return "\(deployment.stackName)-\(id)"
        }
    }

    /// What `Fn::GetAtt` returns for `attribute` of `resource`; nil when the type has no such attribute locally.
    func attribute(_ attribute: String, of resource: TemplateResource, explicitName: String?) -> String? {
        let name = physicalName(resource, explicitName: explicitName)
        let region = deployment.region
        switch (resource.type, attribute) {
        case ("AWS::DynamoDB::Table", "Arn"): return arn("dynamodb", "table/\(name)")
        case ("AWS::DynamoDB::Table", "StreamArn"): return arn("dynamodb", "table/\(name)/stream/1970-01-01T00:00:00.000")
        case ("AWS::S3::Bucket", "Arn"): return "arn:aws:s3:::\(name)"
        case ("AWS::S3::Bucket", "DomainName"): return "\(name).s3.amazonaws.com"
        case ("AWS::S3::Bucket", "RegionalDomainName"): return "\(name).s3.\(region).amazonaws.com"
        case ("AWS::SNS::Topic", "TopicArn"): return arn("sns", name)
        case ("AWS::SNS::Topic", "TopicName"): return name
        case ("AWS::SQS::Queue", "Arn"): return arn("sqs", name)
        case ("AWS::SQS::Queue", "QueueName"): return name
        case ("AWS::SQS::Queue", "QueueUrl"): return queueURL(name)
        case ("AWS::Kinesis::Stream", "Arn"): return arn("kinesis", "stream/\(name)")
        case ("AWS::KinesisFirehose::DeliveryStream", "Arn"): return arn("firehose", "deliverystream/\(name)")
        case ("AWS::Serverless::Function", "Arn"), ("AWS::Lambda::Function", "Arn"): return arn("lambda", "function:\(name)")
        case ("AWS::Serverless::StateMachine", "Arn"), ("AWS::StepFunctions::StateMachine", "Arn"):
            return arn("states", "stateMachine:\(name)")
        case ("AWS::Serverless::StateMachine", "Name"), ("AWS::StepFunctions::StateMachine", "Name"): return name
        case ("AWS::Cognito::UserPool", "Arn"): return arn("cognito-idp", "userpool/\(name)")
        case ("AWS::Cognito::UserPool", "ProviderName"): return "cognito-idp.\(region).amazonaws.com/\(name)"
        case ("AWS::Cognito::UserPool", "ProviderURL"): return "https://cognito-idp.\(region).amazonaws.com/\(name)"
        case ("AWS::Cognito::UserPoolClient", "ClientId"): return name
        case ("AWS::IAM::Role", "Arn"): return "arn:aws:iam::\(deployment.accountId):role/\(name)"
        case ("AWS::Serverless::HttpApi", "ApiEndpoint"), ("AWS::ApiGatewayV2::Api", "ApiEndpoint"): return "http://127.0.0.1"
        case ("AWS::CloudFront::Distribution", "DomainName"): return "\(name.lowercased()).cloudfront.net"
        case ("AWS::CloudFront::Distribution", "Id"): return name
        case (_, "Arn"): return arn(Self.service(of: resource.type), name)
        default: return nil
        }
    }

    /// The property that carries an explicit physical name for `type`, if any.
    static func nameProperty(of type: String) -> String? {
        switch type {
        case "AWS::DynamoDB::Table": return "TableName"
        case "AWS::S3::Bucket": return "BucketName"
        case "AWS::SNS::Topic": return "TopicName"
        case "AWS::SQS::Queue": return "QueueName"
        case "AWS::Kinesis::Stream", "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine": return "Name"
        case "AWS::KinesisFirehose::DeliveryStream": return "DeliveryStreamName"
        case "AWS::Serverless::Function", "AWS::Lambda::Function": return "FunctionName"
        case "AWS::IAM::Role": return "RoleName"
        default: return nil
        }
    }

    private func arn(_ service: String, _ resource: String) -> String {
        "arn:aws:\(service):\(deployment.region):\(deployment.accountId):\(resource)"
    }

    private func queueURL(_ name: String) -> String {
        "https://sqs.\(deployment.region).amazonaws.com/\(deployment.accountId)/\(name)"
    }

    private static func service(of type: String) -> String {
        let parts = type.split(separator: "::")
        return parts.count >= 2 ? parts[1].lowercased() : "unknown"
    }
}
