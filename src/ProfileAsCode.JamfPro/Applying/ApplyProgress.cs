namespace ProfileAsCode.JamfPro.Applying;

internal enum ApplyStep
{
    Creating,
    Updating,
    Deleting,

    /// <summary>A create failed without saying whether it happened; the server is being checked before trying again.</summary>
    Checking,
    Done,
    Failed,
}

/// <summary>One step of apply for one profile, reported as it happens. <see cref="Message"/> is one safe line.</summary>
internal sealed record ApplyProgress(string Subject, ApplyStep Step, string Message);
