%% Spawn N processes that each wait for one message, then send each one a message and collect
%% the replies; the same program as spawn.scm. A first round of the same size, as in the Termite version.
%% With "memory", the timed round also measures the memory per waiting process: the growth of
%% erlang:memory(processes) once all N wait (the run queues are empty), divided by N, with this
%% process garbage-collected before each reading. Its list of pids is counted, as the Termite
%% measurement counts its own. The wait falls between the two timed phases, so run.sh takes
%% times from runs without "memory".
%%
%%   erl +P 2000000 -noshell -run spawn_bench main [N [memory]] -s init stop
-module(spawn_bench).
-export([main/0, main/1]).

main() -> main(["1000000"]).

main([Arg | Mode]) ->
    N = list_to_integer(Arg),
    Memory = Mode =:= ["memory"],
    warm_up(fun() -> spawn_round(N, false) end),
    {SpawnS, ReplyS} = spawn_round(N, Memory),
    io:format("processes: ~p~n", [N]),
    io:format("spawn-s: ~f~n", [SpawnS]),
    io:format("message-and-collect-s: ~f~n", [ReplyS]),
    io:format("total-s: ~f~n", [SpawnS + ReplyS]).

%% A first round of the same size warms up, unless WARMUP=0 is in the environment (a cold run).
warm_up(Round) ->
    case os:getenv("WARMUP") of
        "0" -> skipped;
        _ -> Round()
    end.

seconds_since(Start) ->
    (erlang:monotonic_time(nanosecond) - Start) / 1.0e9.

spawn_waiters(0, _Parent, Pids) -> Pids;
spawn_waiters(I, Parent, Pids) ->
    Pid = spawn(fun() -> receive M -> Parent ! M end end),
    spawn_waiters(I - 1, Parent, [Pid | Pids]).

collect(0, Sum) -> Sum;
collect(I, Sum) -> receive X -> collect(I - 1, Sum + X) end.

%% Returns once no process is waiting to run: every waiter has reached its receive.
settle() ->
    case erlang:statistics(total_run_queue_lengths_all) of
        0 -> ok;
        _ -> timer:sleep(10), settle()
    end.

report_memory(Before, Pids, N) ->
    settle(),
    erlang:garbage_collect(),
    After = erlang:memory(processes),
    {memory, One} = erlang:process_info(hd(Pids), memory),
    io:format("bytes-per-process: ~p~n", [(After - Before) div N]),
    io:format("one-waiting-process-bytes: ~p~n", [One]).

spawn_round(N, Memory) ->
    erlang:garbage_collect(),
    Before = erlang:memory(processes),
    Start = erlang:monotonic_time(nanosecond),
    Pids = spawn_waiters(N, self(), []),
    SpawnS = seconds_since(Start),
    Memory andalso report_memory(Before, Pids, N),
    Start2 = erlang:monotonic_time(nanosecond),
    lists:foreach(fun(P) -> P ! 1 end, Pids),
    N = collect(N, 0),
    ReplyS = seconds_since(Start2),
    {SpawnS, ReplyS}.
