%% Two Erlang nodes on one machine: the same program as nodes-pingpong.scm. The server node only runs the
%% processes this node spawns there; a first run of the same size warms up, the timed run follows.
%%
%%   erl -name server@127.0.0.1 -setcookie C -noshell -pa DIR
%%   erl -name client@127.0.0.1 -setcookie C -noshell -pa DIR -run nodes_pingpong main server@127.0.0.1 N
-module(nodes_pingpong).
-export([main/1, ponger/0, sink/2]).

main([ServerName, NText]) ->
    Server = list_to_atom(ServerName),
    N = list_to_integer(NText),
    true = net_kernel:connect_node(Server),
    round_trips(Server, N),
    RT = round_trips(Server, N),
    stream(Server, N),
    ST = stream(Server, N),
    io:format("round-trips: ~p~nround-trips-s: ~p~nmessages: ~p~nstream-s: ~p~n", [N, RT, N, ST]),
    init:stop().

seconds_since(T0) ->
    (erlang:monotonic_time(microsecond) - T0) / 1.0e6.

ponger() ->
    receive
        {From, I} -> From ! I, ponger();
        stop -> stopped
    end.

round_trips(Server, N) ->
    Partner = spawn(Server, ?MODULE, ponger, []),
    T0 = erlang:monotonic_time(microsecond),
    ping(Partner, 0, N),
    S = seconds_since(T0),
    Partner ! stop,
    S.

ping(_, N, N) -> ok;
ping(Partner, I, N) ->
    Partner ! {self(), I},
    receive I -> ok end,
    ping(Partner, I + 1, N).

sink(Parent, N) -> sink_loop(Parent, 0, N).

sink_loop(Parent, N, N) -> Parent ! done;
sink_loop(Parent, K, N) ->
    receive _ -> sink_loop(Parent, K + 1, N) end.

stream(Server, N) ->
    Sink = spawn(Server, ?MODULE, sink, [self(), N]),
    T0 = erlang:monotonic_time(microsecond),
    send_all(Sink, 0, N),
    receive done -> ok end,
    seconds_since(T0).

send_all(_, N, N) -> ok;
send_all(Sink, I, N) -> Sink ! I, send_all(Sink, I + 1, N).
