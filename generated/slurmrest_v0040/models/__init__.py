"""Contains all the data models used in inputs/outputs

Lazy (PEP 562): `from .models import X` or `models.X` imports only X's own module, on first use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_short import AccountShort
    from .accounting import Accounting
    from .accounting_allocated import AccountingAllocated
    from .accounts_add_cond import AccountsAddCond
    from .acct_gather_energy import AcctGatherEnergy
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
    from .assoc_rec_set import AssocRecSet
    from .assoc_shares_obj_wrap import AssocSharesObjWrap
    from .assoc_shares_obj_wrap_fairshare import AssocSharesObjWrapFairshare
    from .assoc_shares_obj_wrap_tres import AssocSharesObjWrapTres
    from .assoc_short import AssocShort
    from .bf_exit_fields import BfExitFields
    from .cluster_rec import ClusterRec
    from .cluster_rec_associations import ClusterRecAssociations
    from .cluster_rec_controller import ClusterRecController
    from .controller_ping import ControllerPing
    from .coord import Coord
    from .cron_entry import CronEntry
    from .cron_entry_line import CronEntryLine
    from .ext_sensors_data import ExtSensorsData
    from .float_64_no_val import Float64NoVal
    from .instance import Instance
    from .instance_time import InstanceTime
    from .job import Job
    from .job_array import JobArray
    from .job_array_limits import JobArrayLimits
    from .job_array_limits_max import JobArrayLimitsMax
    from .job_array_limits_max_running import JobArrayLimitsMaxRunning
    from .job_array_response_msg_entry import JobArrayResponseMsgEntry
    from .job_comment import JobComment
    from .job_desc_msg import JobDescMsg
    from .job_desc_msg_rlimits import JobDescMsgRlimits
    from .job_het import JobHet
    from .job_info import JobInfo
    from .job_info_power import JobInfoPower
    from .job_mcs import JobMcs
    from .job_required import JobRequired
    from .job_res import JobRes
    from .job_reservation import JobReservation
    from .job_state import JobState
    from .job_submit_req import JobSubmitReq
    from .job_submit_response_msg import JobSubmitResponseMsg
    from .job_time import JobTime
    from .job_time_system import JobTimeSystem
    from .job_time_total import JobTimeTotal
    from .job_time_user import JobTimeUser
    from .job_tres import JobTres
    from .kill_jobs_msg import KillJobsMsg
    from .kill_jobs_resp_job import KillJobsRespJob
    from .kill_jobs_resp_job_error import KillJobsRespJobError
    from .kill_jobs_resp_job_federation import KillJobsRespJobFederation
    from .license_ import License
    from .node import Node
    from .openapi_accounts_add_cond_resp import OpenapiAccountsAddCondResp
    from .openapi_accounts_add_cond_resp_str import OpenapiAccountsAddCondRespStr
    from .openapi_accounts_removed_resp import OpenapiAccountsRemovedResp
    from .openapi_accounts_resp import OpenapiAccountsResp
    from .openapi_assocs_removed_resp import OpenapiAssocsRemovedResp
    from .openapi_assocs_resp import OpenapiAssocsResp
    from .openapi_clusters_removed_resp import OpenapiClustersRemovedResp
    from .openapi_clusters_resp import OpenapiClustersResp
    from .openapi_diag_resp import OpenapiDiagResp
    from .openapi_error import OpenapiError
    from .openapi_instances_resp import OpenapiInstancesResp
    from .openapi_job_info_resp import OpenapiJobInfoResp
    from .openapi_job_post_response import OpenapiJobPostResponse
    from .openapi_job_submit_response import OpenapiJobSubmitResponse
    from .openapi_kill_jobs_resp import OpenapiKillJobsResp
    from .openapi_licenses_resp import OpenapiLicensesResp
    from .openapi_meta import OpenapiMeta
    from .openapi_meta_client import OpenapiMetaClient
    from .openapi_meta_plugin import OpenapiMetaPlugin
    from .openapi_meta_slurm import OpenapiMetaSlurm
    from .openapi_meta_slurm_version import OpenapiMetaSlurmVersion
    from .openapi_nodes_resp import OpenapiNodesResp
    from .openapi_partition_resp import OpenapiPartitionResp
    from .openapi_ping_array_resp import OpenapiPingArrayResp
    from .openapi_reservation_resp import OpenapiReservationResp
    from .openapi_resp import OpenapiResp
    from .openapi_shares_resp import OpenapiSharesResp
    from .openapi_slurmdbd_config_resp import OpenapiSlurmdbdConfigResp
    from .openapi_slurmdbd_jobs_resp import OpenapiSlurmdbdJobsResp
    from .openapi_slurmdbd_qos_removed_resp import OpenapiSlurmdbdQosRemovedResp
    from .openapi_slurmdbd_qos_resp import OpenapiSlurmdbdQosResp
    from .openapi_slurmdbd_stats_resp import OpenapiSlurmdbdStatsResp
    from .openapi_tres_resp import OpenapiTresResp
    from .openapi_users_add_cond_resp import OpenapiUsersAddCondResp
    from .openapi_users_add_cond_resp_str import OpenapiUsersAddCondRespStr
    from .openapi_users_resp import OpenapiUsersResp
    from .openapi_warning import OpenapiWarning
    from .openapi_wckey_removed_resp import OpenapiWckeyRemovedResp
    from .openapi_wckey_resp import OpenapiWckeyResp
    from .partition_info import PartitionInfo
    from .partition_info_accounts import PartitionInfoAccounts
    from .partition_info_cpus import PartitionInfoCpus
    from .partition_info_defaults import PartitionInfoDefaults
    from .partition_info_groups import PartitionInfoGroups
    from .partition_info_maximums import PartitionInfoMaximums
    from .partition_info_maximums_oversubscribe import PartitionInfoMaximumsOversubscribe
    from .partition_info_minimums import PartitionInfoMinimums
    from .partition_info_nodes import PartitionInfoNodes
    from .partition_info_partition import PartitionInfoPartition
    from .partition_info_priority import PartitionInfoPriority
    from .partition_info_qos import PartitionInfoQos
    from .partition_info_timeouts import PartitionInfoTimeouts
    from .partition_info_tres import PartitionInfoTres
    from .power_mgmt_data import PowerMgmtData
    from .process_exit_code_verbose import ProcessExitCodeVerbose
    from .process_exit_code_verbose_signal import ProcessExitCodeVerboseSignal
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
    from .rollup_stats_item import RollupStatsItem
    from .schedule_exit_fields import ScheduleExitFields
    from .shares_float_128_tres import SharesFloat128Tres
    from .shares_resp_msg import SharesRespMsg
    from .shares_uint_64_tres import SharesUint64Tres
    from .stats_msg import StatsMsg
    from .stats_msg_rpcs_by_type_item import StatsMsgRpcsByTypeItem
    from .stats_msg_rpcs_by_user_item import StatsMsgRpcsByUserItem
    from .stats_rec import StatsRec
    from .stats_rpc import StatsRpc
    from .stats_rpc_time import StatsRpcTime
    from .stats_user import StatsUser
    from .stats_user_time import StatsUserTime
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
    from .user_short import UserShort
    from .users_add_cond import UsersAddCond
    from .wckey import Wckey
    from .wckey_tag_struct import WckeyTagStruct

_LAZY_IMPORTS: dict[str, str] = {
    "Account": ".account",
    "AccountShort": ".account_short",
    "Accounting": ".accounting",
    "AccountingAllocated": ".accounting_allocated",
    "AccountsAddCond": ".accounts_add_cond",
    "AcctGatherEnergy": ".acct_gather_energy",
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
    "AssocRecSet": ".assoc_rec_set",
    "AssocSharesObjWrap": ".assoc_shares_obj_wrap",
    "AssocSharesObjWrapFairshare": ".assoc_shares_obj_wrap_fairshare",
    "AssocSharesObjWrapTres": ".assoc_shares_obj_wrap_tres",
    "AssocShort": ".assoc_short",
    "BfExitFields": ".bf_exit_fields",
    "ClusterRec": ".cluster_rec",
    "ClusterRecAssociations": ".cluster_rec_associations",
    "ClusterRecController": ".cluster_rec_controller",
    "ControllerPing": ".controller_ping",
    "Coord": ".coord",
    "CronEntry": ".cron_entry",
    "CronEntryLine": ".cron_entry_line",
    "ExtSensorsData": ".ext_sensors_data",
    "Float64NoVal": ".float_64_no_val",
    "Instance": ".instance",
    "InstanceTime": ".instance_time",
    "Job": ".job",
    "JobArray": ".job_array",
    "JobArrayLimits": ".job_array_limits",
    "JobArrayLimitsMax": ".job_array_limits_max",
    "JobArrayLimitsMaxRunning": ".job_array_limits_max_running",
    "JobArrayResponseMsgEntry": ".job_array_response_msg_entry",
    "JobComment": ".job_comment",
    "JobDescMsg": ".job_desc_msg",
    "JobDescMsgRlimits": ".job_desc_msg_rlimits",
    "JobHet": ".job_het",
    "JobInfo": ".job_info",
    "JobInfoPower": ".job_info_power",
    "JobMcs": ".job_mcs",
    "JobRequired": ".job_required",
    "JobRes": ".job_res",
    "JobReservation": ".job_reservation",
    "JobState": ".job_state",
    "JobSubmitReq": ".job_submit_req",
    "JobSubmitResponseMsg": ".job_submit_response_msg",
    "JobTime": ".job_time",
    "JobTimeSystem": ".job_time_system",
    "JobTimeTotal": ".job_time_total",
    "JobTimeUser": ".job_time_user",
    "JobTres": ".job_tres",
    "KillJobsMsg": ".kill_jobs_msg",
    "KillJobsRespJob": ".kill_jobs_resp_job",
    "KillJobsRespJobError": ".kill_jobs_resp_job_error",
    "KillJobsRespJobFederation": ".kill_jobs_resp_job_federation",
    "License": ".license_",
    "Node": ".node",
    "OpenapiAccountsAddCondResp": ".openapi_accounts_add_cond_resp",
    "OpenapiAccountsAddCondRespStr": ".openapi_accounts_add_cond_resp_str",
    "OpenapiAccountsRemovedResp": ".openapi_accounts_removed_resp",
    "OpenapiAccountsResp": ".openapi_accounts_resp",
    "OpenapiAssocsRemovedResp": ".openapi_assocs_removed_resp",
    "OpenapiAssocsResp": ".openapi_assocs_resp",
    "OpenapiClustersRemovedResp": ".openapi_clusters_removed_resp",
    "OpenapiClustersResp": ".openapi_clusters_resp",
    "OpenapiDiagResp": ".openapi_diag_resp",
    "OpenapiError": ".openapi_error",
    "OpenapiInstancesResp": ".openapi_instances_resp",
    "OpenapiJobInfoResp": ".openapi_job_info_resp",
    "OpenapiJobPostResponse": ".openapi_job_post_response",
    "OpenapiJobSubmitResponse": ".openapi_job_submit_response",
    "OpenapiKillJobsResp": ".openapi_kill_jobs_resp",
    "OpenapiLicensesResp": ".openapi_licenses_resp",
    "OpenapiMeta": ".openapi_meta",
    "OpenapiMetaClient": ".openapi_meta_client",
    "OpenapiMetaPlugin": ".openapi_meta_plugin",
    "OpenapiMetaSlurm": ".openapi_meta_slurm",
    "OpenapiMetaSlurmVersion": ".openapi_meta_slurm_version",
    "OpenapiNodesResp": ".openapi_nodes_resp",
    "OpenapiPartitionResp": ".openapi_partition_resp",
    "OpenapiPingArrayResp": ".openapi_ping_array_resp",
    "OpenapiReservationResp": ".openapi_reservation_resp",
    "OpenapiResp": ".openapi_resp",
    "OpenapiSharesResp": ".openapi_shares_resp",
    "OpenapiSlurmdbdConfigResp": ".openapi_slurmdbd_config_resp",
    "OpenapiSlurmdbdJobsResp": ".openapi_slurmdbd_jobs_resp",
    "OpenapiSlurmdbdQosRemovedResp": ".openapi_slurmdbd_qos_removed_resp",
    "OpenapiSlurmdbdQosResp": ".openapi_slurmdbd_qos_resp",
    "OpenapiSlurmdbdStatsResp": ".openapi_slurmdbd_stats_resp",
    "OpenapiTresResp": ".openapi_tres_resp",
    "OpenapiUsersAddCondResp": ".openapi_users_add_cond_resp",
    "OpenapiUsersAddCondRespStr": ".openapi_users_add_cond_resp_str",
    "OpenapiUsersResp": ".openapi_users_resp",
    "OpenapiWarning": ".openapi_warning",
    "OpenapiWckeyRemovedResp": ".openapi_wckey_removed_resp",
    "OpenapiWckeyResp": ".openapi_wckey_resp",
    "PartitionInfo": ".partition_info",
    "PartitionInfoAccounts": ".partition_info_accounts",
    "PartitionInfoCpus": ".partition_info_cpus",
    "PartitionInfoDefaults": ".partition_info_defaults",
    "PartitionInfoGroups": ".partition_info_groups",
    "PartitionInfoMaximums": ".partition_info_maximums",
    "PartitionInfoMaximumsOversubscribe": ".partition_info_maximums_oversubscribe",
    "PartitionInfoMinimums": ".partition_info_minimums",
    "PartitionInfoNodes": ".partition_info_nodes",
    "PartitionInfoPartition": ".partition_info_partition",
    "PartitionInfoPriority": ".partition_info_priority",
    "PartitionInfoQos": ".partition_info_qos",
    "PartitionInfoTimeouts": ".partition_info_timeouts",
    "PartitionInfoTres": ".partition_info_tres",
    "PowerMgmtData": ".power_mgmt_data",
    "ProcessExitCodeVerbose": ".process_exit_code_verbose",
    "ProcessExitCodeVerboseSignal": ".process_exit_code_verbose_signal",
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
    "RollupStatsItem": ".rollup_stats_item",
    "ScheduleExitFields": ".schedule_exit_fields",
    "SharesFloat128Tres": ".shares_float_128_tres",
    "SharesRespMsg": ".shares_resp_msg",
    "SharesUint64Tres": ".shares_uint_64_tres",
    "StatsMsg": ".stats_msg",
    "StatsMsgRpcsByTypeItem": ".stats_msg_rpcs_by_type_item",
    "StatsMsgRpcsByUserItem": ".stats_msg_rpcs_by_user_item",
    "StatsRec": ".stats_rec",
    "StatsRpc": ".stats_rpc",
    "StatsRpcTime": ".stats_rpc_time",
    "StatsUser": ".stats_user",
    "StatsUserTime": ".stats_user_time",
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
    "UserShort": ".user_short",
    "UsersAddCond": ".users_add_cond",
    "Wckey": ".wckey",
    "WckeyTagStruct": ".wckey_tag_struct",
}

__all__ = (
    "Account",
    "Accounting",
    "AccountingAllocated",
    "AccountsAddCond",
    "AccountShort",
    "AcctGatherEnergy",
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
    "AssocRecSet",
    "AssocSharesObjWrap",
    "AssocSharesObjWrapFairshare",
    "AssocSharesObjWrapTres",
    "AssocShort",
    "BfExitFields",
    "ClusterRec",
    "ClusterRecAssociations",
    "ClusterRecController",
    "ControllerPing",
    "Coord",
    "CronEntry",
    "CronEntryLine",
    "ExtSensorsData",
    "Float64NoVal",
    "Instance",
    "InstanceTime",
    "Job",
    "JobArray",
    "JobArrayLimits",
    "JobArrayLimitsMax",
    "JobArrayLimitsMaxRunning",
    "JobArrayResponseMsgEntry",
    "JobComment",
    "JobDescMsg",
    "JobDescMsgRlimits",
    "JobHet",
    "JobInfo",
    "JobInfoPower",
    "JobMcs",
    "JobRequired",
    "JobRes",
    "JobReservation",
    "JobState",
    "JobSubmitReq",
    "JobSubmitResponseMsg",
    "JobTime",
    "JobTimeSystem",
    "JobTimeTotal",
    "JobTimeUser",
    "JobTres",
    "KillJobsMsg",
    "KillJobsRespJob",
    "KillJobsRespJobError",
    "KillJobsRespJobFederation",
    "License",
    "Node",
    "OpenapiAccountsAddCondResp",
    "OpenapiAccountsAddCondRespStr",
    "OpenapiAccountsRemovedResp",
    "OpenapiAccountsResp",
    "OpenapiAssocsRemovedResp",
    "OpenapiAssocsResp",
    "OpenapiClustersRemovedResp",
    "OpenapiClustersResp",
    "OpenapiDiagResp",
    "OpenapiError",
    "OpenapiInstancesResp",
    "OpenapiJobInfoResp",
    "OpenapiJobPostResponse",
    "OpenapiJobSubmitResponse",
    "OpenapiKillJobsResp",
    "OpenapiLicensesResp",
    "OpenapiMeta",
    "OpenapiMetaClient",
    "OpenapiMetaPlugin",
    "OpenapiMetaSlurm",
    "OpenapiMetaSlurmVersion",
    "OpenapiNodesResp",
    "OpenapiPartitionResp",
    "OpenapiPingArrayResp",
    "OpenapiReservationResp",
    "OpenapiResp",
    "OpenapiSharesResp",
    "OpenapiSlurmdbdConfigResp",
    "OpenapiSlurmdbdJobsResp",
    "OpenapiSlurmdbdQosRemovedResp",
    "OpenapiSlurmdbdQosResp",
    "OpenapiSlurmdbdStatsResp",
    "OpenapiTresResp",
    "OpenapiUsersAddCondResp",
    "OpenapiUsersAddCondRespStr",
    "OpenapiUsersResp",
    "OpenapiWarning",
    "OpenapiWckeyRemovedResp",
    "OpenapiWckeyResp",
    "PartitionInfo",
    "PartitionInfoAccounts",
    "PartitionInfoCpus",
    "PartitionInfoDefaults",
    "PartitionInfoGroups",
    "PartitionInfoMaximums",
    "PartitionInfoMaximumsOversubscribe",
    "PartitionInfoMinimums",
    "PartitionInfoNodes",
    "PartitionInfoPartition",
    "PartitionInfoPriority",
    "PartitionInfoQos",
    "PartitionInfoTimeouts",
    "PartitionInfoTres",
    "PowerMgmtData",
    "ProcessExitCodeVerbose",
    "ProcessExitCodeVerboseSignal",
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
    "RollupStatsItem",
    "ScheduleExitFields",
    "SharesFloat128Tres",
    "SharesRespMsg",
    "SharesUint64Tres",
    "StatsMsg",
    "StatsMsgRpcsByTypeItem",
    "StatsMsgRpcsByUserItem",
    "StatsRec",
    "StatsRpc",
    "StatsRpcTime",
    "StatsUser",
    "StatsUserTime",
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
    "UsersAddCond",
    "UserShort",
    "Wckey",
    "WckeyTagStruct",
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
