"""Contains all the data models used in inputs/outputs

Lazy (PEP 562): `from .models import X` or `models.X` imports only X's own module, on first use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .accounting import Accounting
    from .accounting_allocated import AccountingAllocated
    from .acct_gather_energy import AcctGatherEnergy
    from .acct_gather_energy_ptr import AcctGatherEnergyPtr
    from .assoc import Assoc
    from .assoc_default import AssocDefault
    from .assoc_max import AssocMax
    from .assoc_max_jobs import AssocMaxJobs
    from .assoc_max_jobs_per import AssocMaxJobsPer
    from .assoc_max_per import AssocMaxPer
    from .assoc_max_per_account import AssocMaxPerAccount
    from .assoc_max_tres import AssocMaxTres
    from .assoc_max_tres_group import AssocMaxTresGroup
    from .assoc_max_tres_minutes import AssocMaxTresMinutes
    from .assoc_max_tres_minutes_per import AssocMaxTresMinutesPer
    from .assoc_max_tres_per import AssocMaxTresPer
    from .assoc_min import AssocMin
    from .assoc_short import AssocShort
    from .assoc_short_ptr import AssocShortPtr
    from .assoc_usage import AssocUsage
    from .assoc_usage_ptr import AssocUsagePtr
    from .cluster_rec import ClusterRec
    from .cluster_rec_associations import ClusterRecAssociations
    from .cluster_rec_controller import ClusterRecController
    from .controller_ping import ControllerPing
    from .coord import Coord
    from .cron_entry import CronEntry
    from .cron_entry_line import CronEntryLine
    from .cron_entry_ptr import CronEntryPtr
    from .cron_entry_ptr_line import CronEntryPtrLine
    from .db_account_info import DbAccountInfo
    from .db_associations_info import DbAssociationsInfo
    from .db_clusters_info import DbClustersInfo
    from .db_config_info import DbConfigInfo
    from .db_diag import DbDiag
    from .db_error import DbError
    from .db_job_info import DbJobInfo
    from .db_meta import DbMeta
    from .db_meta_plugin import DbMetaPlugin
    from .db_meta_slurm import DbMetaSlurm
    from .db_meta_slurm_version import DbMetaSlurmVersion
    from .db_qos_info import DbQosInfo
    from .db_response_associations_delete import DbResponseAssociationsDelete
    from .db_set_config import DbSetConfig
    from .db_tres_info import DbTresInfo
    from .db_tres_update import DbTresUpdate
    from .db_update_qos import DbUpdateQos
    from .db_update_users import DbUpdateUsers
    from .db_user_info import DbUserInfo
    from .db_warning import DbWarning
    from .db_wckey_info import DbWckeyInfo
    from .diag import Diag
    from .error import Error
    from .ext_sensors_data import ExtSensorsData
    from .ext_sensors_data_ptr import ExtSensorsDataPtr
    from .float_64_no_val import Float64NoVal
    from .job import Job
    from .job_array import JobArray
    from .job_array_limits import JobArrayLimits
    from .job_array_limits_max import JobArrayLimitsMax
    from .job_array_limits_max_running import JobArrayLimitsMaxRunning
    from .job_array_response_msg_item import JobArrayResponseMsgItem
    from .job_array_response_msg_ptr_item import JobArrayResponseMsgPtrItem
    from .job_assoc_id import JobAssocId
    from .job_comment import JobComment
    from .job_desc_msg import JobDescMsg
    from .job_exit_code import JobExitCode
    from .job_exit_code_signal import JobExitCodeSignal
    from .job_het import JobHet
    from .job_info import JobInfo
    from .job_info_power import JobInfoPower
    from .job_mcs import JobMcs
    from .job_required import JobRequired
    from .job_res import JobRes
    from .job_res_ptr import JobResPtr
    from .job_reservation import JobReservation
    from .job_state import JobState
    from .job_submission import JobSubmission
    from .job_submission_response import JobSubmissionResponse
    from .job_time import JobTime
    from .job_time_system import JobTimeSystem
    from .job_time_total import JobTimeTotal
    from .job_time_user import JobTimeUser
    from .job_tres import JobTres
    from .job_update_response import JobUpdateResponse
    from .jobs_response import JobsResponse
    from .license_ import License
    from .licenses_info import LicensesInfo
    from .mem_per_cpus import MemPerCpus
    from .mem_per_node import MemPerNode
    from .meta import Meta
    from .meta_plugin import MetaPlugin
    from .meta_slurm import MetaSlurm
    from .meta_slurm_version import MetaSlurmVersion
    from .node import Node
    from .nodes_response import NodesResponse
    from .partition_info import PartitionInfo
    from .partition_info_accounts import PartitionInfoAccounts
    from .partition_info_cpus import PartitionInfoCpus
    from .partition_info_defaults import PartitionInfoDefaults
    from .partition_info_groups import PartitionInfoGroups
    from .partition_info_maximums import PartitionInfoMaximums
    from .partition_info_minimums import PartitionInfoMinimums
    from .partition_info_nodes import PartitionInfoNodes
    from .partition_info_priority import PartitionInfoPriority
    from .partition_info_qos import PartitionInfoQos
    from .partition_info_timeouts import PartitionInfoTimeouts
    from .partition_info_tres import PartitionInfoTres
    from .partitions_response import PartitionsResponse
    from .pings import Pings
    from .power_mgmt_data import PowerMgmtData
    from .power_mgmt_data_ptr import PowerMgmtDataPtr
    from .qos import Qos
    from .qos_limits import QosLimits
    from .qos_limits_max import QosLimitsMax
    from .qos_limits_max_accruing import QosLimitsMaxAccruing
    from .qos_limits_max_accruing_per import QosLimitsMaxAccruingPer
    from .qos_limits_max_active_jobs import QosLimitsMaxActiveJobs
    from .qos_limits_max_jobs import QosLimitsMaxJobs
    from .qos_limits_max_jobs_active_jobs import QosLimitsMaxJobsActiveJobs
    from .qos_limits_max_jobs_active_jobs_per import QosLimitsMaxJobsActiveJobsPer
    from .qos_limits_max_jobs_per import QosLimitsMaxJobsPer
    from .qos_limits_max_tres import QosLimitsMaxTres
    from .qos_limits_max_tres_minutes import QosLimitsMaxTresMinutes
    from .qos_limits_max_tres_minutes_per import QosLimitsMaxTresMinutesPer
    from .qos_limits_max_tres_per import QosLimitsMaxTresPer
    from .qos_limits_max_wall_clock import QosLimitsMaxWallClock
    from .qos_limits_max_wall_clock_per import QosLimitsMaxWallClockPer
    from .qos_limits_min import QosLimitsMin
    from .qos_limits_min_tres import QosLimitsMinTres
    from .qos_limits_min_tres_per import QosLimitsMinTresPer
    from .qos_preempt import QosPreempt
    from .reservation_core_spec import ReservationCoreSpec
    from .reservation_info import ReservationInfo
    from .reservation_info_purge_completed import ReservationInfoPurgeCompleted
    from .reservations_response import ReservationsResponse
    from .rollup_stats_item import RollupStatsItem
    from .rollup_stats_ptr_item import RollupStatsPtrItem
    from .slurm_step_id import SlurmStepId
    from .stats_msg import StatsMsg
    from .stats_msg_rpcs_by_type_item import StatsMsgRpcsByTypeItem
    from .stats_msg_rpcs_by_user_item import StatsMsgRpcsByUserItem
    from .stats_rec import StatsRec
    from .stats_rec_ptr import StatsRecPtr
    from .stats_rpc import StatsRpc
    from .stats_rpc_time import StatsRpcTime
    from .stats_user import StatsUser
    from .stats_user_time import StatsUserTime
    from .status import Status
    from .step import Step
    from .step_cpu import StepCPU
    from .step_cpu_requested_frequency import StepCPURequestedFrequency
    from .step_nodes import StepNodes
    from .step_statistics import StepStatistics
    from .step_statistics_cpu import StepStatisticsCPU
    from .step_statistics_energy import StepStatisticsEnergy
    from .step_step import StepStep
    from .step_task import StepTask
    from .step_tasks import StepTasks
    from .step_time import StepTime
    from .step_time_system import StepTimeSystem
    from .step_time_total import StepTimeTotal
    from .step_time_user import StepTimeUser
    from .step_tres import StepTres
    from .step_tres_consumed import StepTresConsumed
    from .step_tres_requested import StepTresRequested
    from .tres import Tres
    from .uint_16_no_val import Uint16NoVal
    from .uint_32_no_val import Uint32NoVal
    from .uint_64_no_val import Uint64NoVal
    from .update_node_msg import UpdateNodeMsg
    from .user import User
    from .user_default import UserDefault
    from .warning import Warning_
    from .wckey import Wckey
    from .wckey_tag import WckeyTag

_LAZY_IMPORTS: dict[str, str] = {
    "Account": ".account",
    "Accounting": ".accounting",
    "AccountingAllocated": ".accounting_allocated",
    "AcctGatherEnergy": ".acct_gather_energy",
    "AcctGatherEnergyPtr": ".acct_gather_energy_ptr",
    "Assoc": ".assoc",
    "AssocDefault": ".assoc_default",
    "AssocMax": ".assoc_max",
    "AssocMaxJobs": ".assoc_max_jobs",
    "AssocMaxJobsPer": ".assoc_max_jobs_per",
    "AssocMaxPer": ".assoc_max_per",
    "AssocMaxPerAccount": ".assoc_max_per_account",
    "AssocMaxTres": ".assoc_max_tres",
    "AssocMaxTresGroup": ".assoc_max_tres_group",
    "AssocMaxTresMinutes": ".assoc_max_tres_minutes",
    "AssocMaxTresMinutesPer": ".assoc_max_tres_minutes_per",
    "AssocMaxTresPer": ".assoc_max_tres_per",
    "AssocMin": ".assoc_min",
    "AssocShort": ".assoc_short",
    "AssocShortPtr": ".assoc_short_ptr",
    "AssocUsage": ".assoc_usage",
    "AssocUsagePtr": ".assoc_usage_ptr",
    "ClusterRec": ".cluster_rec",
    "ClusterRecAssociations": ".cluster_rec_associations",
    "ClusterRecController": ".cluster_rec_controller",
    "ControllerPing": ".controller_ping",
    "Coord": ".coord",
    "CronEntry": ".cron_entry",
    "CronEntryLine": ".cron_entry_line",
    "CronEntryPtr": ".cron_entry_ptr",
    "CronEntryPtrLine": ".cron_entry_ptr_line",
    "DbAccountInfo": ".db_account_info",
    "DbAssociationsInfo": ".db_associations_info",
    "DbClustersInfo": ".db_clusters_info",
    "DbConfigInfo": ".db_config_info",
    "DbDiag": ".db_diag",
    "DbError": ".db_error",
    "DbJobInfo": ".db_job_info",
    "DbMeta": ".db_meta",
    "DbMetaPlugin": ".db_meta_plugin",
    "DbMetaSlurm": ".db_meta_slurm",
    "DbMetaSlurmVersion": ".db_meta_slurm_version",
    "DbQosInfo": ".db_qos_info",
    "DbResponseAssociationsDelete": ".db_response_associations_delete",
    "DbSetConfig": ".db_set_config",
    "DbTresInfo": ".db_tres_info",
    "DbTresUpdate": ".db_tres_update",
    "DbUpdateQos": ".db_update_qos",
    "DbUpdateUsers": ".db_update_users",
    "DbUserInfo": ".db_user_info",
    "DbWarning": ".db_warning",
    "DbWckeyInfo": ".db_wckey_info",
    "Diag": ".diag",
    "Error": ".error",
    "ExtSensorsData": ".ext_sensors_data",
    "ExtSensorsDataPtr": ".ext_sensors_data_ptr",
    "Float64NoVal": ".float_64_no_val",
    "Job": ".job",
    "JobArray": ".job_array",
    "JobArrayLimits": ".job_array_limits",
    "JobArrayLimitsMax": ".job_array_limits_max",
    "JobArrayLimitsMaxRunning": ".job_array_limits_max_running",
    "JobArrayResponseMsgItem": ".job_array_response_msg_item",
    "JobArrayResponseMsgPtrItem": ".job_array_response_msg_ptr_item",
    "JobAssocId": ".job_assoc_id",
    "JobComment": ".job_comment",
    "JobDescMsg": ".job_desc_msg",
    "JobExitCode": ".job_exit_code",
    "JobExitCodeSignal": ".job_exit_code_signal",
    "JobHet": ".job_het",
    "JobInfo": ".job_info",
    "JobInfoPower": ".job_info_power",
    "JobMcs": ".job_mcs",
    "JobRequired": ".job_required",
    "JobRes": ".job_res",
    "JobResPtr": ".job_res_ptr",
    "JobReservation": ".job_reservation",
    "JobState": ".job_state",
    "JobSubmission": ".job_submission",
    "JobSubmissionResponse": ".job_submission_response",
    "JobTime": ".job_time",
    "JobTimeSystem": ".job_time_system",
    "JobTimeTotal": ".job_time_total",
    "JobTimeUser": ".job_time_user",
    "JobTres": ".job_tres",
    "JobUpdateResponse": ".job_update_response",
    "JobsResponse": ".jobs_response",
    "License": ".license_",
    "LicensesInfo": ".licenses_info",
    "MemPerCpus": ".mem_per_cpus",
    "MemPerNode": ".mem_per_node",
    "Meta": ".meta",
    "MetaPlugin": ".meta_plugin",
    "MetaSlurm": ".meta_slurm",
    "MetaSlurmVersion": ".meta_slurm_version",
    "Node": ".node",
    "NodesResponse": ".nodes_response",
    "PartitionInfo": ".partition_info",
    "PartitionInfoAccounts": ".partition_info_accounts",
    "PartitionInfoCpus": ".partition_info_cpus",
    "PartitionInfoDefaults": ".partition_info_defaults",
    "PartitionInfoGroups": ".partition_info_groups",
    "PartitionInfoMaximums": ".partition_info_maximums",
    "PartitionInfoMinimums": ".partition_info_minimums",
    "PartitionInfoNodes": ".partition_info_nodes",
    "PartitionInfoPriority": ".partition_info_priority",
    "PartitionInfoQos": ".partition_info_qos",
    "PartitionInfoTimeouts": ".partition_info_timeouts",
    "PartitionInfoTres": ".partition_info_tres",
    "PartitionsResponse": ".partitions_response",
    "Pings": ".pings",
    "PowerMgmtData": ".power_mgmt_data",
    "PowerMgmtDataPtr": ".power_mgmt_data_ptr",
    "Qos": ".qos",
    "QosLimits": ".qos_limits",
    "QosLimitsMax": ".qos_limits_max",
    "QosLimitsMaxAccruing": ".qos_limits_max_accruing",
    "QosLimitsMaxAccruingPer": ".qos_limits_max_accruing_per",
    "QosLimitsMaxActiveJobs": ".qos_limits_max_active_jobs",
    "QosLimitsMaxJobs": ".qos_limits_max_jobs",
    "QosLimitsMaxJobsActiveJobs": ".qos_limits_max_jobs_active_jobs",
    "QosLimitsMaxJobsActiveJobsPer": ".qos_limits_max_jobs_active_jobs_per",
    "QosLimitsMaxJobsPer": ".qos_limits_max_jobs_per",
    "QosLimitsMaxTres": ".qos_limits_max_tres",
    "QosLimitsMaxTresMinutes": ".qos_limits_max_tres_minutes",
    "QosLimitsMaxTresMinutesPer": ".qos_limits_max_tres_minutes_per",
    "QosLimitsMaxTresPer": ".qos_limits_max_tres_per",
    "QosLimitsMaxWallClock": ".qos_limits_max_wall_clock",
    "QosLimitsMaxWallClockPer": ".qos_limits_max_wall_clock_per",
    "QosLimitsMin": ".qos_limits_min",
    "QosLimitsMinTres": ".qos_limits_min_tres",
    "QosLimitsMinTresPer": ".qos_limits_min_tres_per",
    "QosPreempt": ".qos_preempt",
    "ReservationCoreSpec": ".reservation_core_spec",
    "ReservationInfo": ".reservation_info",
    "ReservationInfoPurgeCompleted": ".reservation_info_purge_completed",
    "ReservationsResponse": ".reservations_response",
    "RollupStatsItem": ".rollup_stats_item",
    "RollupStatsPtrItem": ".rollup_stats_ptr_item",
    "SlurmStepId": ".slurm_step_id",
    "StatsMsg": ".stats_msg",
    "StatsMsgRpcsByTypeItem": ".stats_msg_rpcs_by_type_item",
    "StatsMsgRpcsByUserItem": ".stats_msg_rpcs_by_user_item",
    "StatsRec": ".stats_rec",
    "StatsRecPtr": ".stats_rec_ptr",
    "StatsRpc": ".stats_rpc",
    "StatsRpcTime": ".stats_rpc_time",
    "StatsUser": ".stats_user",
    "StatsUserTime": ".stats_user_time",
    "Status": ".status",
    "Step": ".step",
    "StepCPU": ".step_cpu",
    "StepCPURequestedFrequency": ".step_cpu_requested_frequency",
    "StepNodes": ".step_nodes",
    "StepStatistics": ".step_statistics",
    "StepStatisticsCPU": ".step_statistics_cpu",
    "StepStatisticsEnergy": ".step_statistics_energy",
    "StepStep": ".step_step",
    "StepTask": ".step_task",
    "StepTasks": ".step_tasks",
    "StepTime": ".step_time",
    "StepTimeSystem": ".step_time_system",
    "StepTimeTotal": ".step_time_total",
    "StepTimeUser": ".step_time_user",
    "StepTres": ".step_tres",
    "StepTresConsumed": ".step_tres_consumed",
    "StepTresRequested": ".step_tres_requested",
    "Tres": ".tres",
    "Uint16NoVal": ".uint_16_no_val",
    "Uint32NoVal": ".uint_32_no_val",
    "Uint64NoVal": ".uint_64_no_val",
    "UpdateNodeMsg": ".update_node_msg",
    "User": ".user",
    "UserDefault": ".user_default",
    "Warning_": ".warning",
    "Wckey": ".wckey",
    "WckeyTag": ".wckey_tag",
}

__all__ = (
    "Account",
    "Accounting",
    "AccountingAllocated",
    "AcctGatherEnergy",
    "AcctGatherEnergyPtr",
    "Assoc",
    "AssocDefault",
    "AssocMax",
    "AssocMaxJobs",
    "AssocMaxJobsPer",
    "AssocMaxPer",
    "AssocMaxPerAccount",
    "AssocMaxTres",
    "AssocMaxTresGroup",
    "AssocMaxTresMinutes",
    "AssocMaxTresMinutesPer",
    "AssocMaxTresPer",
    "AssocMin",
    "AssocShort",
    "AssocShortPtr",
    "AssocUsage",
    "AssocUsagePtr",
    "ClusterRec",
    "ClusterRecAssociations",
    "ClusterRecController",
    "ControllerPing",
    "Coord",
    "CronEntry",
    "CronEntryLine",
    "CronEntryPtr",
    "CronEntryPtrLine",
    "DbAccountInfo",
    "DbAssociationsInfo",
    "DbClustersInfo",
    "DbConfigInfo",
    "DbDiag",
    "DbError",
    "DbJobInfo",
    "DbMeta",
    "DbMetaPlugin",
    "DbMetaSlurm",
    "DbMetaSlurmVersion",
    "DbQosInfo",
    "DbResponseAssociationsDelete",
    "DbSetConfig",
    "DbTresInfo",
    "DbTresUpdate",
    "DbUpdateQos",
    "DbUpdateUsers",
    "DbUserInfo",
    "DbWarning",
    "DbWckeyInfo",
    "Diag",
    "Error",
    "ExtSensorsData",
    "ExtSensorsDataPtr",
    "Float64NoVal",
    "Job",
    "JobArray",
    "JobArrayLimits",
    "JobArrayLimitsMax",
    "JobArrayLimitsMaxRunning",
    "JobArrayResponseMsgItem",
    "JobArrayResponseMsgPtrItem",
    "JobAssocId",
    "JobComment",
    "JobDescMsg",
    "JobExitCode",
    "JobExitCodeSignal",
    "JobHet",
    "JobInfo",
    "JobInfoPower",
    "JobMcs",
    "JobRequired",
    "JobRes",
    "JobReservation",
    "JobResPtr",
    "JobsResponse",
    "JobState",
    "JobSubmission",
    "JobSubmissionResponse",
    "JobTime",
    "JobTimeSystem",
    "JobTimeTotal",
    "JobTimeUser",
    "JobTres",
    "JobUpdateResponse",
    "License",
    "LicensesInfo",
    "MemPerCpus",
    "MemPerNode",
    "Meta",
    "MetaPlugin",
    "MetaSlurm",
    "MetaSlurmVersion",
    "Node",
    "NodesResponse",
    "PartitionInfo",
    "PartitionInfoAccounts",
    "PartitionInfoCpus",
    "PartitionInfoDefaults",
    "PartitionInfoGroups",
    "PartitionInfoMaximums",
    "PartitionInfoMinimums",
    "PartitionInfoNodes",
    "PartitionInfoPriority",
    "PartitionInfoQos",
    "PartitionInfoTimeouts",
    "PartitionInfoTres",
    "PartitionsResponse",
    "Pings",
    "PowerMgmtData",
    "PowerMgmtDataPtr",
    "Qos",
    "QosLimits",
    "QosLimitsMax",
    "QosLimitsMaxAccruing",
    "QosLimitsMaxAccruingPer",
    "QosLimitsMaxActiveJobs",
    "QosLimitsMaxJobs",
    "QosLimitsMaxJobsActiveJobs",
    "QosLimitsMaxJobsActiveJobsPer",
    "QosLimitsMaxJobsPer",
    "QosLimitsMaxTres",
    "QosLimitsMaxTresMinutes",
    "QosLimitsMaxTresMinutesPer",
    "QosLimitsMaxTresPer",
    "QosLimitsMaxWallClock",
    "QosLimitsMaxWallClockPer",
    "QosLimitsMin",
    "QosLimitsMinTres",
    "QosLimitsMinTresPer",
    "QosPreempt",
    "ReservationCoreSpec",
    "ReservationInfo",
    "ReservationInfoPurgeCompleted",
    "ReservationsResponse",
    "RollupStatsItem",
    "RollupStatsPtrItem",
    "SlurmStepId",
    "StatsMsg",
    "StatsMsgRpcsByTypeItem",
    "StatsMsgRpcsByUserItem",
    "StatsRec",
    "StatsRecPtr",
    "StatsRpc",
    "StatsRpcTime",
    "StatsUser",
    "StatsUserTime",
    "Status",
    "Step",
    "StepCPU",
    "StepCPURequestedFrequency",
    "StepNodes",
    "StepStatistics",
    "StepStatisticsCPU",
    "StepStatisticsEnergy",
    "StepStep",
    "StepTask",
    "StepTasks",
    "StepTime",
    "StepTimeSystem",
    "StepTimeTotal",
    "StepTimeUser",
    "StepTres",
    "StepTresConsumed",
    "StepTresRequested",
    "Tres",
    "Uint16NoVal",
    "Uint32NoVal",
    "Uint64NoVal",
    "UpdateNodeMsg",
    "User",
    "UserDefault",
    "Warning_",
    "Wckey",
    "WckeyTag",
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _LAZY_IMPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY_IMPORTS))
