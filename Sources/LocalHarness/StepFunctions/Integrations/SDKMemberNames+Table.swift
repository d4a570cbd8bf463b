// Generated from the botocore service models by ServiceIntegrationModelTests (Tests/LocalHarnessTests); do not edit.
extension SDKMemberNames {
    /// `@service`, then `O operation input output`, `S shape member=target…` (`-` a scalar), `L list member`, `M map value`.
    static let table = """
@kinesis
O SubscribeToShard - SubscribeToShardOutput
S AccessDeniedException message=-
S ExpiredIteratorException message=-
S ExpiredNextTokenException message=-
S InternalFailureException message=-
S InvalidArgumentException message=-
S KMSAccessDeniedException message=-
S KMSDisabledException message=-
S KMSInvalidStateException message=-
S KMSNotFoundException message=-
S KMSOptInRequired message=-
S KMSThrottlingException message=-
S LimitExceededException message=-
S ProvisionedThroughputExceededException message=-
S ResourceInUseException message=-
S ResourceNotFoundException message=-
S SubscribeToShardEventStream ResourceNotFoundException=ResourceNotFoundException ResourceInUseException=ResourceInUseException KMSDisabledException=KMSDisabledException KMSInvalidStateException=KMSInvalidStateException KMSAccessDeniedException=KMSAccessDeniedException KMSNotFoundException=KMSNotFoundException KMSOptInRequired=KMSOptInRequired KMSThrottlingException=KMSThrottlingException InternalFailureException=InternalFailureException
S SubscribeToShardOutput EventStream=SubscribeToShardEventStream
S ValidationException message=-
@sfn
O CreateActivity CreateActivityInput CreateActivityOutput
O CreateStateMachine CreateStateMachineInput CreateStateMachineOutput
O CreateStateMachineAlias CreateStateMachineAliasInput CreateStateMachineAliasOutput
O DeleteActivity DeleteActivityInput -
O DeleteStateMachine DeleteStateMachineInput -
O DeleteStateMachineAlias DeleteStateMachineAliasInput -
O DeleteStateMachineVersion DeleteStateMachineVersionInput -
O DescribeActivity DescribeActivityInput DescribeActivityOutput
O DescribeExecution DescribeExecutionInput DescribeExecutionOutput
O DescribeMapRun DescribeMapRunInput DescribeMapRunOutput
O DescribeStateMachine DescribeStateMachineInput DescribeStateMachineOutput
O DescribeStateMachineAlias DescribeStateMachineAliasInput DescribeStateMachineAliasOutput
O DescribeStateMachineForExecution DescribeStateMachineForExecutionInput DescribeStateMachineForExecutionOutput
O GetActivityTask GetActivityTaskInput GetActivityTaskOutput
O GetExecutionHistory GetExecutionHistoryInput GetExecutionHistoryOutput
O ListActivities ListActivitiesInput ListActivitiesOutput
O ListExecutions ListExecutionsInput ListExecutionsOutput
O ListMapRuns ListMapRunsInput ListMapRunsOutput
O ListStateMachineAliases ListStateMachineAliasesInput ListStateMachineAliasesOutput
O ListStateMachineVersions ListStateMachineVersionsInput ListStateMachineVersionsOutput
O ListStateMachines ListStateMachinesInput ListStateMachinesOutput
O ListTagsForResource ListTagsForResourceInput ListTagsForResourceOutput
O PublishStateMachineVersion PublishStateMachineVersionInput PublishStateMachineVersionOutput
O RedriveExecution RedriveExecutionInput RedriveExecutionOutput
O SendTaskFailure SendTaskFailureInput -
O SendTaskHeartbeat SendTaskHeartbeatInput -
O SendTaskSuccess SendTaskSuccessInput -
O StartExecution StartExecutionInput StartExecutionOutput
O StartSyncExecution StartSyncExecutionInput StartSyncExecutionOutput
O StopExecution StopExecutionInput StopExecutionOutput
O TagResource TagResourceInput -
O TestState TestStateInput TestStateOutput
O UntagResource UntagResourceInput -
O UpdateMapRun UpdateMapRunInput -
O UpdateStateMachine UpdateStateMachineInput UpdateStateMachineOutput
O UpdateStateMachineAlias UpdateStateMachineAliasInput UpdateStateMachineAliasOutput
O ValidateStateMachineDefinition ValidateStateMachineDefinitionInput ValidateStateMachineDefinitionOutput
S ActivityAlreadyExists message=-
S ActivityDoesNotExist message=-
S ActivityFailedEventDetails error=- cause=-
S ActivityLimitExceeded message=-
L ActivityList ActivityListItem
S ActivityListItem activityArn=- name=- creationDate=-
S ActivityScheduleFailedEventDetails error=- cause=-
S ActivityScheduledEventDetails resource=- input=- inputDetails=HistoryEventExecutionDataDetails timeoutInSeconds=- heartbeatInSeconds=-
S ActivityStartedEventDetails workerName=-
S ActivitySucceededEventDetails output=- outputDetails=HistoryEventExecutionDataDetails
S ActivityTimedOutEventDetails error=- cause=-
S ActivityWorkerLimitExceeded message=-
S AssignedVariablesDetails truncated=-
S BillingDetails billedMemoryUsedInMB=- billedDurationInMilliseconds=-
S CloudWatchEventsExecutionDataDetails included=-
S CloudWatchLogsLogGroup logGroupArn=-
S ConflictException message=-
S CreateActivityInput name=- tags=TagList encryptionConfiguration=EncryptionConfiguration
S CreateActivityOutput activityArn=- creationDate=-
S CreateStateMachineAliasInput description=- name=- routingConfiguration=RoutingConfigurationList
S CreateStateMachineAliasOutput stateMachineAliasArn=- creationDate=-
S CreateStateMachineInput name=- definition=- roleArn=- type=- loggingConfiguration=LoggingConfiguration tags=TagList tracingConfiguration=TracingConfiguration publish=- versionDescription=- encryptionConfiguration=EncryptionConfiguration
S CreateStateMachineOutput stateMachineArn=- creationDate=- stateMachineVersionArn=-
S DeleteActivityInput activityArn=-
S DeleteStateMachineAliasInput stateMachineAliasArn=-
S DeleteStateMachineInput stateMachineArn=-
S DeleteStateMachineVersionInput stateMachineVersionArn=-
S DescribeActivityInput activityArn=-
S DescribeActivityOutput activityArn=- name=- creationDate=- encryptionConfiguration=EncryptionConfiguration
S DescribeExecutionInput executionArn=- includedData=-
S DescribeExecutionOutput executionArn=- stateMachineArn=- name=- status=- startDate=- stopDate=- input=- inputDetails=CloudWatchEventsExecutionDataDetails output=- outputDetails=CloudWatchEventsExecutionDataDetails traceHeader=- mapRunArn=- error=- cause=- stateMachineVersionArn=- stateMachineAliasArn=- redriveCount=- redriveDate=- redriveStatus=- redriveStatusReason=-
S DescribeMapRunInput mapRunArn=-
S DescribeMapRunOutput mapRunArn=- executionArn=- status=- startDate=- stopDate=- maxConcurrency=- toleratedFailurePercentage=- toleratedFailureCount=- itemCounts=MapRunItemCounts executionCounts=MapRunExecutionCounts redriveCount=- redriveDate=-
S DescribeStateMachineAliasInput stateMachineAliasArn=-
S DescribeStateMachineAliasOutput stateMachineAliasArn=- name=- description=- routingConfiguration=RoutingConfigurationList creationDate=- updateDate=-
S DescribeStateMachineForExecutionInput executionArn=- includedData=-
S DescribeStateMachineForExecutionOutput stateMachineArn=- name=- definition=- roleArn=- updateDate=- loggingConfiguration=LoggingConfiguration tracingConfiguration=TracingConfiguration mapRunArn=- label=- revisionId=- encryptionConfiguration=EncryptionConfiguration variableReferences=-
S DescribeStateMachineInput stateMachineArn=- includedData=-
S DescribeStateMachineOutput stateMachineArn=- name=- status=- definition=- roleArn=- type=- creationDate=- loggingConfiguration=LoggingConfiguration tracingConfiguration=TracingConfiguration label=- revisionId=- description=- encryptionConfiguration=EncryptionConfiguration variableReferences=-
S EncryptionConfiguration kmsKeyId=- kmsDataKeyReusePeriodSeconds=- type=-
S EvaluationFailedEventDetails error=- cause=- location=- state=-
S ExecutionAbortedEventDetails error=- cause=-
S ExecutionAlreadyExists message=-
S ExecutionDoesNotExist message=-
S ExecutionFailedEventDetails error=- cause=-
S ExecutionLimitExceeded message=-
L ExecutionList ExecutionListItem
S ExecutionListItem executionArn=- stateMachineArn=- name=- status=- startDate=- stopDate=- mapRunArn=- itemCount=- stateMachineVersionArn=- stateMachineAliasArn=- redriveCount=- redriveDate=-
S ExecutionNotRedrivable message=-
S ExecutionRedrivenEventDetails redriveCount=-
S ExecutionStartedEventDetails input=- inputDetails=HistoryEventExecutionDataDetails roleArn=- stateMachineAliasArn=- stateMachineVersionArn=-
S ExecutionSucceededEventDetails output=- outputDetails=HistoryEventExecutionDataDetails
S ExecutionTimedOutEventDetails error=- cause=-
S GetActivityTaskInput activityArn=- workerName=-
S GetActivityTaskOutput taskToken=- input=-
S GetExecutionHistoryInput executionArn=- maxResults=- reverseOrder=- nextToken=- includeExecutionData=-
S GetExecutionHistoryOutput events=HistoryEventList nextToken=-
S HistoryEvent timestamp=- type=- id=- previousEventId=- activityFailedEventDetails=ActivityFailedEventDetails activityScheduleFailedEventDetails=ActivityScheduleFailedEventDetails activityScheduledEventDetails=ActivityScheduledEventDetails activityStartedEventDetails=ActivityStartedEventDetails activitySucceededEventDetails=ActivitySucceededEventDetails activityTimedOutEventDetails=ActivityTimedOutEventDetails taskFailedEventDetails=TaskFailedEventDetails taskScheduledEventDetails=TaskScheduledEventDetails taskStartFailedEventDetails=TaskStartFailedEventDetails taskStartedEventDetails=TaskStartedEventDetails taskSubmitFailedEventDetails=TaskSubmitFailedEventDetails taskSubmittedEventDetails=TaskSubmittedEventDetails taskSucceededEventDetails=TaskSucceededEventDetails taskTimedOutEventDetails=TaskTimedOutEventDetails executionFailedEventDetails=ExecutionFailedEventDetails executionStartedEventDetails=ExecutionStartedEventDetails executionSucceededEventDetails=ExecutionSucceededEventDetails executionAbortedEventDetails=ExecutionAbortedEventDetails executionTimedOutEventDetails=ExecutionTimedOutEventDetails executionRedrivenEventDetails=ExecutionRedrivenEventDetails mapStateStartedEventDetails=MapStateStartedEventDetails mapIterationStartedEventDetails=MapIterationEventDetails mapIterationSucceededEventDetails=MapIterationEventDetails mapIterationFailedEventDetails=MapIterationEventDetails mapIterationAbortedEventDetails=MapIterationEventDetails lambdaFunctionFailedEventDetails=LambdaFunctionFailedEventDetails lambdaFunctionScheduleFailedEventDetails=LambdaFunctionScheduleFailedEventDetails lambdaFunctionScheduledEventDetails=LambdaFunctionScheduledEventDetails lambdaFunctionStartFailedEventDetails=LambdaFunctionStartFailedEventDetails lambdaFunctionSucceededEventDetails=LambdaFunctionSucceededEventDetails lambdaFunctionTimedOutEventDetails=LambdaFunctionTimedOutEventDetails stateEnteredEventDetails=StateEnteredEventDetails stateExitedEventDetails=StateExitedEventDetails mapRunStartedEventDetails=MapRunStartedEventDetails mapRunFailedEventDetails=MapRunFailedEventDetails mapRunRedrivenEventDetails=MapRunRedrivenEventDetails evaluationFailedEventDetails=EvaluationFailedEventDetails
S HistoryEventExecutionDataDetails truncated=-
L HistoryEventList HistoryEvent
S InspectionData input=- afterArguments=- afterInputPath=- afterParameters=- result=- afterResultSelector=- afterResultPath=- request=InspectionDataRequest response=InspectionDataResponse variables=- errorDetails=InspectionErrorDetails afterItemsPath=- afterItemSelector=- afterItemBatcher=- afterItemsPointer=- toleratedFailureCount=- toleratedFailurePercentage=- maxConcurrency=-
S InspectionDataRequest protocol=- method=- url=- headers=- body=-
S InspectionDataResponse protocol=- statusCode=- statusMessage=- headers=- body=-
S InspectionErrorDetails catchIndex=- retryIndex=- retryBackoffIntervalSeconds=-
S InvalidArn message=-
S InvalidDefinition message=-
S InvalidEncryptionConfiguration message=-
S InvalidExecutionInput message=-
S InvalidLoggingConfiguration message=-
S InvalidName message=-
S InvalidOutput message=-
S InvalidToken message=-
S InvalidTracingConfiguration message=-
S KmsAccessDeniedException message=-
S KmsInvalidStateException kmsKeyState=- message=-
S KmsThrottlingException message=-
S LambdaFunctionFailedEventDetails error=- cause=-
S LambdaFunctionScheduleFailedEventDetails error=- cause=-
S LambdaFunctionScheduledEventDetails resource=- input=- inputDetails=HistoryEventExecutionDataDetails timeoutInSeconds=- taskCredentials=TaskCredentials
S LambdaFunctionStartFailedEventDetails error=- cause=-
S LambdaFunctionSucceededEventDetails output=- outputDetails=HistoryEventExecutionDataDetails
S LambdaFunctionTimedOutEventDetails error=- cause=-
S ListActivitiesInput maxResults=- nextToken=-
S ListActivitiesOutput activities=ActivityList nextToken=-
S ListExecutionsInput stateMachineArn=- statusFilter=- maxResults=- nextToken=- mapRunArn=- redriveFilter=-
S ListExecutionsOutput executions=ExecutionList nextToken=-
S ListMapRunsInput executionArn=- maxResults=- nextToken=-
S ListMapRunsOutput mapRuns=MapRunList nextToken=-
S ListStateMachineAliasesInput stateMachineArn=- nextToken=- maxResults=-
S ListStateMachineAliasesOutput stateMachineAliases=StateMachineAliasList nextToken=-
S ListStateMachineVersionsInput stateMachineArn=- nextToken=- maxResults=-
S ListStateMachineVersionsOutput stateMachineVersions=StateMachineVersionList nextToken=-
S ListStateMachinesInput maxResults=- nextToken=-
S ListStateMachinesOutput stateMachines=StateMachineList nextToken=-
S ListTagsForResourceInput resourceArn=-
S ListTagsForResourceOutput tags=TagList
S LogDestination cloudWatchLogsLogGroup=CloudWatchLogsLogGroup
L LogDestinationList LogDestination
S LoggingConfiguration level=- includeExecutionData=- destinations=LogDestinationList
S MapIterationEventDetails name=- index=-
S MapRunExecutionCounts pending=- running=- succeeded=- failed=- timedOut=- aborted=- total=- resultsWritten=- failuresNotRedrivable=- pendingRedrive=-
S MapRunFailedEventDetails error=- cause=-
S MapRunItemCounts pending=- running=- succeeded=- failed=- timedOut=- aborted=- total=- resultsWritten=- failuresNotRedrivable=- pendingRedrive=-
L MapRunList MapRunListItem
S MapRunListItem executionArn=- mapRunArn=- stateMachineArn=- startDate=- stopDate=-
S MapRunRedrivenEventDetails mapRunArn=- redriveCount=-
S MapRunStartedEventDetails mapRunArn=-
S MapStateStartedEventDetails length=-
S MissingRequiredParameter message=-
S MockErrorOutput error=- cause=-
S MockInput result=- errorOutput=MockErrorOutput fieldValidationMode=-
S PublishStateMachineVersionInput stateMachineArn=- revisionId=- description=-
S PublishStateMachineVersionOutput creationDate=- stateMachineVersionArn=-
S RedriveExecutionInput executionArn=- clientToken=-
S RedriveExecutionOutput redriveDate=-
S ResourceNotFound message=- resourceName=-
L RoutingConfigurationList RoutingConfigurationListItem
S RoutingConfigurationListItem stateMachineVersionArn=- weight=-
S SendTaskFailureInput taskToken=- error=- cause=-
S SendTaskHeartbeatInput taskToken=-
S SendTaskSuccessInput taskToken=- output=-
S ServiceQuotaExceededException message=-
S StartExecutionInput stateMachineArn=- name=- input=- traceHeader=-
S StartExecutionOutput executionArn=- startDate=-
S StartSyncExecutionInput stateMachineArn=- name=- input=- traceHeader=- includedData=-
S StartSyncExecutionOutput executionArn=- stateMachineArn=- name=- startDate=- stopDate=- status=- error=- cause=- input=- inputDetails=CloudWatchEventsExecutionDataDetails output=- outputDetails=CloudWatchEventsExecutionDataDetails traceHeader=- billingDetails=BillingDetails
S StateEnteredEventDetails name=- input=- inputDetails=HistoryEventExecutionDataDetails
S StateExitedEventDetails name=- output=- outputDetails=HistoryEventExecutionDataDetails assignedVariables=- assignedVariablesDetails=AssignedVariablesDetails
L StateMachineAliasList StateMachineAliasListItem
S StateMachineAliasListItem stateMachineAliasArn=- creationDate=-
S StateMachineAlreadyExists message=-
S StateMachineDeleting message=-
S StateMachineDoesNotExist message=-
S StateMachineLimitExceeded message=-
L StateMachineList StateMachineListItem
S StateMachineListItem stateMachineArn=- name=- type=- creationDate=-
S StateMachineTypeNotSupported message=-
L StateMachineVersionList StateMachineVersionListItem
S StateMachineVersionListItem stateMachineVersionArn=- creationDate=-
S StopExecutionInput executionArn=- error=- cause=-
S StopExecutionOutput stopDate=-
S Tag key=- value=-
L TagList Tag
S TagResourceInput resourceArn=- tags=TagList
S TaskCredentials roleArn=-
S TaskDoesNotExist message=-
S TaskFailedEventDetails resourceType=- resource=- error=- cause=-
S TaskScheduledEventDetails resourceType=- resource=- region=- parameters=- timeoutInSeconds=- heartbeatInSeconds=- taskCredentials=TaskCredentials
S TaskStartFailedEventDetails resourceType=- resource=- error=- cause=-
S TaskStartedEventDetails resourceType=- resource=-
S TaskSubmitFailedEventDetails resourceType=- resource=- error=- cause=-
S TaskSubmittedEventDetails resourceType=- resource=- output=- outputDetails=HistoryEventExecutionDataDetails
S TaskSucceededEventDetails resourceType=- resource=- output=- outputDetails=HistoryEventExecutionDataDetails
S TaskTimedOut message=-
S TaskTimedOutEventDetails resourceType=- resource=- error=- cause=-
S TestStateConfiguration retrierRetryCount=- errorCausedByState=- mapIterationFailureCount=- mapItemReaderData=-
S TestStateInput definition=- roleArn=- input=- inspectionLevel=- revealSecrets=- variables=- stateName=- mock=MockInput context=- stateConfiguration=TestStateConfiguration
S TestStateOutput output=- error=- cause=- inspectionData=InspectionData nextState=- status=-
S TooManyTags message=- resourceName=-
S TracingConfiguration enabled=-
S UntagResourceInput resourceArn=- tagKeys=-
S UpdateMapRunInput mapRunArn=- maxConcurrency=- toleratedFailurePercentage=- toleratedFailureCount=-
S UpdateStateMachineAliasInput stateMachineAliasArn=- description=- routingConfiguration=RoutingConfigurationList
S UpdateStateMachineAliasOutput updateDate=-
S UpdateStateMachineInput stateMachineArn=- definition=- roleArn=- loggingConfiguration=LoggingConfiguration tracingConfiguration=TracingConfiguration publish=- versionDescription=- encryptionConfiguration=EncryptionConfiguration
S UpdateStateMachineOutput updateDate=- revisionId=- stateMachineVersionArn=-
S ValidateStateMachineDefinitionDiagnostic severity=- code=- message=- location=-
L ValidateStateMachineDefinitionDiagnosticList ValidateStateMachineDefinitionDiagnostic
S ValidateStateMachineDefinitionInput definition=- type=- severity=- maxResults=-
S ValidateStateMachineDefinitionOutput result=- diagnostics=ValidateStateMachineDefinitionDiagnosticList truncated=-
S ValidationException message=- reason=-
@sqs
O CreateQueue CreateQueueRequest -
O ListDeadLetterSourceQueues - ListDeadLetterSourceQueuesResult
S BatchEntryIdsNotDistinct message=-
S BatchRequestTooLong message=-
S CreateQueueRequest tags=-
S EmptyBatchRequest message=-
S InvalidAddress message=-
S InvalidAttributeName message=-
S InvalidAttributeValue message=-
S InvalidBatchEntryId message=-
S InvalidMessageContents message=-
S InvalidSecurity message=-
S KmsAccessDenied message=-
S KmsDisabled message=-
S KmsInvalidKeyUsage message=-
S KmsInvalidState message=-
S KmsNotFound message=-
S KmsOptInRequired message=-
S KmsThrottled message=-
S ListDeadLetterSourceQueuesResult queueUrls=-
S OverLimit message=-
S PurgeQueueInProgress message=-
S QueueDeletedRecently message=-
S QueueDoesNotExist message=-
S QueueNameExists message=-
S ReceiptHandleIsInvalid message=-
S RequestThrottled message=-
S ResourceNotFoundException message=-
S TooManyEntriesInBatchRequest message=-
S UnsupportedOperation message=-
"""
}
