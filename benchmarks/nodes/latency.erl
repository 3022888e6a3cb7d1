%% The same program as latency.scm on Erlang's distribution: K timed small round trips between two nodes, a
%% millisecond apart, alone and while 20 MB binaries flow between the same two nodes (one in flight, the next when
%% the sink has acknowledged it, at most ten a second).
%%
%%   erl -name server@127.0.0.1 -setcookie C -noshell -pa DIR
%%   erl -name client@127.0.0.1 -setcookie C -noshell -pa DIR -run latency main server@127.0.0.1 K
-module(latency).
-export([main/1, ponger/0, sink/0]).

main([ServerName, KText]) ->
    Server = list_to_atom(ServerName),
    K = list_to_integer(KText),
    true = net_kernel:connect_node(Server),
    Partner = spawn(Server, ?MODULE, ponger, []),
    BigSink = spawn(Server, ?MODULE, sink, []),
    Big = binary:copy(<<7>>, 20 * 1024 * 1024),
    timed(Partner, K),
    summary("idle", timed(Partner, K)),
    Me = self(),
    B = spawn(fun() -> bulk(BigSink, Big) end),
    timer:sleep(500),
    T0 = erlang:monotonic_time(microsecond),
    Times = timed(Partner, K),
    Ms = (erlang:monotonic_time(microsecond) - T0) / 1000,
    B ! {stop, Me},
    receive {bulk, Acked} ->
        summary("loaded", Times),
        io:format("bulk ~p messages of 20 MB in ~.2f ms: ~p MB/s~n", [Acked, Ms, round(Acked * 20 * 1000 / Ms)])
    end,
    Partner ! stop,
    BigSink ! stop,
    init:stop().

ponger() ->
    receive
        {From, I} -> From ! I, ponger();
        stop -> stopped
    end.

sink() ->
    receive
        {From, _} -> From ! got, sink();
        stop -> stopped
    end.

timed(Partner, K) -> timed(Partner, 0, K, []).

timed(_, K, K, Acc) -> lists:reverse(Acc);
timed(Partner, I, K, Acc) ->
    T0 = erlang:monotonic_time(microsecond),
    Partner ! {self(), I},
    receive I -> ok end,
    T = erlang:monotonic_time(microsecond) - T0,
    timer:sleep(1),
    timed(Partner, I + 1, K, [T | Acc]).

summary(Name, Times) ->
    V = list_to_tuple(lists:sort(Times)),
    N = tuple_size(V),
    Ms = fun(Us) -> Us / 1000 end,
    io:format("~s p50 ~.2f p99 ~.2f max ~.2f~n",
              [Name, Ms(element(N div 2 + 1, V)), Ms(element(min(N, N * 99 div 100 + 1), V)), Ms(element(N, V))]).

bulk(Sink, Big) -> bulk(Sink, Big, 0).

bulk(Sink, Big, Acked) ->
    T0 = erlang:monotonic_time(microsecond),
    Sink ! {self(), Big},
    receive
        got ->
            Left = 100 - (erlang:monotonic_time(microsecond) - T0) div 1000,
            if Left > 0 -> timer:sleep(Left); true -> ok end,
            receive {stop, From} -> From ! {bulk, Acked + 1}
            after 0 -> bulk(Sink, Big, Acked + 1)
            end;
        {stop, From} -> From ! {bulk, Acked}
    end.
