#!/bin/sh
# A Lambda bootstrap that runs the handler named by _HANDLER (module.function, in LAMBDA_TASK_ROOT) with
# Amazon's runtime interface client, using the project virtualenv's Python (MEDIAGEN_PYTHON).
cd "${LAMBDA_TASK_ROOT:-$(dirname "$0")}" || exit 1
exec "${MEDIAGEN_PYTHON:-python3}" -m awslambdaric "${_HANDLER:?_HANDLER names the handler}"
