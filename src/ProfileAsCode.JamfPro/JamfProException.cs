namespace ProfileAsCode.JamfPro;

/// <summary>What went wrong talking to Jamf Pro, so callers can choose an exit code and whether to go on.</summary>
internal enum JamfProProblem
{
    /// <summary>Our input: a URL, a missing environment variable, a profile that cannot be uploaded.</summary>
    BadInput,

    /// <summary>The client ID or secret was refused by <c>/api/oauth/token</c>.</summary>
    Authentication,

    /// <summary>A request was refused (401 with a fresh token, or 403): the API role lacks a privilege.</summary>
    MissingPrivilege,

    /// <summary>409: Jamf Pro refused the object (a duplicate name, a payload it cannot store).</summary>
    Conflict,

    /// <summary>5xx, 429, a timeout or a broken connection, still failing after the bounded retries.</summary>
    Unavailable,

    /// <summary>An answer we cannot use: too large, not the documented XML or JSON, an unexpected status.</summary>
    BadResponse,
}

/// <summary>
/// A failure talking to Jamf Pro, with a one-line message fit for a terminal: it names the operation and what to do,
/// and never holds the client secret, the client ID, an access token or a request body.
/// </summary>
internal sealed class JamfProException : Exception
{
    public JamfProException(JamfProProblem problem, string message, int? statusCode = null, bool outcomeUnknown = false)
        : base(message)
    {
        Problem = problem;
        StatusCode = statusCode;
        OutcomeUnknown = outcomeUnknown;
    }

    public JamfProProblem Problem { get; }

    /// <summary>The HTTP status, when the server answered.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// A create (POST) failed in a way that does not say whether Jamf Pro stored the object (a timeout, a 5xx, a dropped
    /// connection). The caller must look before it tries again, or it may create a duplicate.
    /// </summary>
    public bool OutcomeUnknown { get; }

    /// <summary>Authentication and privilege problems affect every request: there is no point going on with other profiles.</summary>
    public bool StopsTheRun => Problem is JamfProProblem.Authentication or JamfProProblem.MissingPrivilege or JamfProProblem.BadInput;
}
