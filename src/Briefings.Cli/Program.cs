using Briefings.Cli;

return BriefingsCli.Run(args, Console.Out, Console.Error);
