"""Python handlers run by Amazon's runtime interface client (awslambdaric) under the local emulator.

ThirdPartyRuntimeClientTests starts `ric_bootstrap.sh` as a function's bootstrap; awslambdaric then talks to
the emulator's runtime API exactly as it does inside AWS Lambda.
"""

import os


def handler(event, context):
    """Answers with values computed from the event and the Lambda context."""
    numbers = event["numbers"]
    print("adding", numbers)
    return {
        "sum": sum(numbers),
        "count": len(numbers),
        "functionName": context.function_name,
        "requestId": context.aws_request_id,
        "invokedFunctionArn": context.invoked_function_arn,
        "memoryLimitInMB": int(context.memory_limit_in_mb),
        "remainingMs": context.get_remaining_time_in_millis(),
        "runtimeAPI": os.environ["AWS_LAMBDA_RUNTIME_API"],
    }


class NumbersError(Exception):
    """Raised by `fail`, so the error type the emulator reports is this class's name."""


def fail(event, context):
    """Raises, so awslambdaric reports an unhandled error for the invocation."""
    raise NumbersError("cannot add %r" % (event.get("numbers"),))


def chatty(event, context):
    """Prints `lines` numbered lines of 100 characters, for the Invoke API's 4 KB log tail."""
    for number in range(event["lines"]):
        print(("line %05d " % number).ljust(99, "."))
    return {"printed": event["lines"]}
